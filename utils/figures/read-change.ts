import type { Figure } from './types';

// Words before a figure that bound it ("more than 300") or say which way it moved ("rose 8%").
const BOUNDS: [RegExp, NonNullable<Figure['change']>][] = [
  [
    /(?:more than|over|above|at least|exceeding|upwards of|in excess of|as many as|as much as|north of|well over|greater than|beyond|past|>)\s*$/i,
    'more-than',
  ],
  [
    /(?:less than|under|fewer than|up to|below|at most|no more than|as little as|as few as|just under|shy of|sub-|within|<)\s*$/i,
    'less-than',
  ],
  [
    /(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|circa|c\.|an estimated|estimated|close to|near|~|about a|around a)\s*$/i,
    'approx',
  ],
];
const UP =
  /\b(?:rose|rise[sn]?|rising|up|gain(?:ed|s)?|jump(?:ed|s)?|climb(?:ed|s)?|increas(?:ed?|es|ing)(?: by)?|gr[eo]w(?:s|n)?(?: by)?|advanc(?:ed?|es)|surg(?:ed?|es)|soar(?:ed|s)?|add(?:ed|s)?|higher by|leapt|leaped|improv(?:ed|es)|widen(?:ed|s)|expand(?:ed|s)|rall(?:ied|ies)|spik(?:ed|es)|boost(?:ed)? by|raised? by)\s+(?:by\s+|about\s+|nearly\s+|almost\s+|some\s+|more than\s+|over\s+)?$/i;
const DOWN =
  /\b(?:fell|fall(?:s|en)?|falling|down|drop(?:ped|s)?|declin(?:ed?|es)|los[te]s?|slid(?:e|es)?|plung(?:ed?|es)|plummet(?:ed|s)?|tumbl(?:ed?|es)|decreas(?:ed?|es)(?: by)?|shed|sank|sink|slump(?:ed|s)?|cut(?:s)? by|lower by|shrank|shrunk|eased?|dipp?(?:ed|s)?|retreat(?:ed|s)?|wiping|wiped)\s+(?:by\s+|about\s+|nearly\s+|almost\s+|some\s+|more than\s+|over\s+)?$/i;

/** How the words just before a figure qualify it: a bound, an approximation, or a move up or down. */
export function readChange(before: string): Figure['change'] {
  const tail = before.slice(-32);
  // A bound right before the number wins ("lost more than $30bn"); then the direction ("up about 19%").
  for (const [re, change] of BOUNDS) if (change !== 'approx' && re.test(tail)) return change;
  if (UP.test(tail)) return 'up';
  if (DOWN.test(tail)) return 'down';
  return BOUNDS[2]![0].test(tail) ? 'approx' : undefined;
}
