import { isVerb } from './label-clause';
import { contentCount, lower, trimWords, wordsOf } from './label-words';

// Words around a figure that are a way of speaking, not what the figure is: idiomatic frames of an amount, ages in
// apposition, and the last resort when nothing else names the figure.

// "to the tune of $28bn", "in excess of 400 homes": a frame says how much, never what; the label is the noun it
// hangs from, in the clause before.
const FRAME =
  /\b(?:to the tune of|in the (?:region|neighbou?rhood|vicinity|order) of|on the order of|in excess of|upwards of|north of|the equivalent of|a sum of|sums of)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/i;

/** The words before a figure without an idiomatic frame ("payments, to the tune of"); `framed` when one was cut. */
export function cutFrame(before: string): { before: string; framed: boolean } {
  const m = FRAME.exec(before);
  return m ? { before: before.slice(0, m.index), framed: true } : { before, framed: false };
}

/**
 * What a framed amount is for, from the clause before it ("spent on payments to farmers, to the tune of $28bn"):
 * the object after its last verb, up to eight words, or its last six words when it has no verb.
 */
export function framedNoun(prior: string): string[] {
  const ws = wordsOf(prior);
  const verb = ws.findLastIndex((w, i) => i > 0 && isVerb(w));
  let rest = verb >= 0 ? ws.slice(verb + 1) : ws.slice(-6);
  // "spent heavily on flood defences": an adverb after the verb says how, not what.
  while (rest.length > 1 && /^\p{Ll}+ly$/u.test(rest[0]!)) rest = rest.slice(1);
  const object = trimWords(rest);
  return contentCount(object) ? object.slice(0, 8) : [];
}

// "Jane Doe, 61, said": an age between commas after a name is an aside about the person, never part of a label.
const AGE_ASIDE = /(?<=[\p{Lu}][\p{L}'’.-]*),\s*(?:aged\s+)?\d{1,3},/gu;

/** `sentence` with ages in apposition blanked (offsets kept), unless the figure at `at` is that age. */
export function blankAges(sentence: string, at: number): string {
  return sentence.replace(AGE_ASIDE, (m, i: number) => (i <= at && at < i + m.length ? m : ' '.repeat(m.length)));
}

/**
 * The last resort for a figure nothing else names: a short window of words around it ("Many of the 40 flights
 * were cancelled" → "flights were cancelled"), trimmed of edge words; empty when it holds no word beyond the unit.
 */
export function windowLabel(before: string, text: string, after: string, unit: string | undefined): string[] {
  const own = wordsOf(text).filter((w) => !/\p{N}/u.test(w));
  const ws = trimWords([...trimWords(wordsOf(before).slice(-3)), ...own, ...wordsOf(after).slice(0, 4)]);
  const unitWords = new Set(wordsOf(unit ?? '').map(lower));
  return contentCount(ws.filter((w) => !unitWords.has(lower(w)))) ? ws : [];
}

// "go on sale Friday, Dec. 6": a weekday and its date are one date, the comma between them no clause bound.
const WEEKDAY_COMMA = /\b((?:mon|tues|wednes|thurs|fri|satur|sun)day),(?=\s+(?:\p{L}+\.?\s+)?\d)/giu;

/** `sentence` with the comma after a weekday that opens a date blanked (offsets kept). */
export const joinWeekday = (sentence: string): string => sentence.replace(WEEKDAY_COMMA, '$1 ');

// "Saturn’s 83 moons", "the airline’s 4,000 pilots": a possessive right before a count says whose they are.
const OWNER = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}.&-]*\s)?[\p{L}\p{N}.&-]+['’]s?)\s*$/u;

/**
 * Whose counted things a count is, with what they do ("airline’s pilots … strike"): the possessive before it, its
 * counted noun, and up to four words of a predicate that follows at once. Empty without a possessive.
 */
export function ownedCount(before: string, text: string, after: string, unit: string | undefined): string[] {
  // "The airline’s": a determiner opening the sentence is not part of the name.
  const owner = OWNER.exec(before)?.[1]?.replace(/^(?:the|a|an|this|that)\s+/i, '');
  const noun = wordsOf(text).filter((w) => !/\p{N}/u.test(w));
  if (!owner || !unit || !noun.length || /^(?:its|their|his|her|our|your|my|it['’]s)$/i.test(owner)) return [];
  const next = wordsOf(after);
  const verb = next.findIndex((w) => isVerb(w));
  const pred = verb >= 0 && verb <= 1 && /^\s*[\p{Ll}]/u.test(after) ? trimWords(next.slice(verb, verb + 4)) : [];
  return [owner, ...noun, ...(contentCount(pred) ? ['…', ...pred] : [])];
}
