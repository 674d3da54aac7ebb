import { STOP, countedNoun } from './counted-noun';
import { CURRENCY_PREFIXES, currencyAfter, currencyBefore } from './currencies';
import type { NumberToken } from './find-numbers';
import { matchMagnitude } from './magnitudes';
import { readChange } from './read-change';
import { isIdentifier } from './find-non-figures';
import type { Figure } from './types';
import { unitAfter } from './units';

/** A figure as read from one number and the words around it, before ranges are joined. */
export interface Draft {
  kind: Figure['kind'];
  value: number | [number, number];
  unit?: string;
  start: number;
  end: number;
  change?: Figure['change'];
  /** Number as written before any magnitude, and the magnitude, so "$10 to $15 billion" can share it. */
  base: number;
  factor: number;
  words: boolean;
  converted?: Figure['converted'];
}

// Rates after an amount: "$58.24 per barrel", "RM79 a month", "5 percent a year".
const RATE_RE = /^ (?:per|a|an|each) (?!\w+ (?:earlier|ago|later|before|after|on)\b)(barrel|ounce|gallon|share|month|year|week|day|hour|night|person|head|gram|kilogram|kg|tonne|ton|litre|liter|square foot|square metre|square meter|sq m|sq ft|mmbtu|kwh|unit|minute)\b/i;
const SYMBOL_AFTER = /^\s?([€£¥₹₽₩₪₺₦₫฿])/;
const AGE_BEFORE = /\b(?:aged|ages? of|who (?:was|is|turned|turns)|(?:he|she) (?:was|is|will be|turned|turns))\s+$/i;
const AGE_RE = /^[ -]?(?:years?[- ]old|yr[- ]old|-year-old)/i;
const MONEYISH_AFTER = /^\s?(?:dollars?|euros?|yuan|yen|rupees?)\b/;

const scale = (v: number | [number, number], f: number): number | [number, number] =>
  typeof v === 'number' ? v * f : [v[0] * f, v[1] * f];

/** Reads the figure around one number: currency, magnitude, unit or counted noun, and change words. */
export function readFigure(text: string, token: NumberToken): Draft | null {
  let pos = token.end;
  let start = token.start;
  let factor = 1;
  const cur = currencyBefore(text, start);
  for (let i = 0; i < 2 && !token.words; i++) {
    const mag = matchMagnitude(text, pos);
    if (!mag) break;
    if (mag.letter && !cur && !/^[kM]$/.test(text[pos]!)) {
      // "3m yuan", "35m of its devices", "1.2m tons", "2.7m combined sales" are millions; "5m tall" is metres.
      const at = pos + mag.length;
      const isMillion = currencyAfter(text, at) || /^ of\b/i.test(text.slice(at, at + 4)) || unitAfter(text, at) || countedNoun(text, at, false);
      if (!isMillion) break;
    }
    factor *= mag.factor;
    pos += mag.length;
  }
  let value = scale(token.value, factor);
  let kind: Figure['kind'] = 'count';
  let unit: string | undefined;
  if (cur) {
    kind = 'money';
    unit = cur.code;
    start = cur.start;
    const after = currencyAfter(text, pos);
    // "$76 US", "$500 US", "$1.25 sterling"
    if (after && (/^\s?[A-Z]/.test(text.slice(pos, pos + 2)) || after.code === 'GBP')) {
      pos += after.length;
      if (after.code === 'GBP') unit = 'GBP';
    }
  } else {
    // "millions of Americans", "tens of millions of dollars": the noun comes after "of".
    const vagueOf = Array.isArray(token.value) && /^ of (?!the |its |their |a |an |his |her )/i.test(text.slice(pos, pos + 12));
    if (vagueOf) pos += 3;
    const age = AGE_RE.exec(text.slice(pos, pos + 12));
    const money = currencyAfter(text, pos);
    const u = age ? null : unitAfter(text, pos);
    if (age) {
      kind = 'quantity';
      unit = 'year of age';
      pos += age[0].length;
    } else if (money && !(u && u.length > money.length)) {
      // "208 pounds" is weight unless money is in the air ("£", "million pounds", "sterling").
      const isWeight = /^\s?pounds?\b/i.test(text.slice(pos, pos + 8)) && factor === 1 && !/sterling/i.test(text.slice(pos, pos + 20));
      if (isWeight && u) {
        kind = u.kind;
        unit = u.name;
        pos += u.length;
      } else {
        kind = 'money';
        unit = money.code;
        pos += money.length;
      }
    } else if (SYMBOL_AFTER.test(text.slice(pos, pos + 3))) {
      kind = 'money'; // "1,200€"
      unit = CURRENCY_PREFIXES[SYMBOL_AFTER.exec(text.slice(pos, pos + 3))![1]!];
      pos += SYMBOL_AFTER.exec(text.slice(pos, pos + 3))![0].length;
    } else if (u) {
      kind = u.kind;
      unit = u.name;
      pos += u.length;
    } else {
      const noun = countedNoun(text, pos, token.value === 1);
      // "35m of its Echo devices", "1/16 of a US pint": the noun or unit after "of".
      const of = token.words ? null : /^ of (?:its|their|the|our|his|her|an?)(?: US| UK| imperial)? ?/i.exec(text.slice(pos, pos + 24));
      const ofUnit = of && typeof token.value === 'number' && token.value < 1 ? unitAfter(text, pos + of[0].length - 1) : null;
      const ofNoun = of && !ofUnit ? countedNoun(text, pos + of[0].length - 1, false) : null;
      if (noun) {
        unit = noun.noun;
        pos = noun.end;
      } else if (ofUnit) {
        kind = ofUnit.kind;
        unit = ofUnit.name;
        pos += of![0].length - 1 + ofUnit.length;
      } else if (ofNoun && factor > 1) {
        unit = ofNoun.noun;
        pos = ofNoun.end;
      } else if (!token.words && /^ [a-z]{3,}\b/.test(text.slice(pos, pos + 16))) {
        // "a 12 page document", "an 11 member trade agreement": singular nouns used as a modifier.
        const ws = /^((?: [a-z][a-z-]+){2,4})/.exec(text.slice(pos, pos + 48))?.[1]!.trim().split(' ') ?? [];
        const cut = ws.findIndex((w) => STOP.has(w) || /(?:ly|ed|ing)$/.test(w));
        const phrase = ws.slice(0, cut === -1 ? 3 : cut);
        if (phrase.length >= 2 && !isIdentifier(text, token.start, token.end)) {
          unit = phrase.join(' ');
          pos += unit.length + 1;
        }
      } else if (token.words && typeof token.value === 'number' && token.value < 1 && /^ (?:of|the)\b/.test(text.slice(pos, pos + 5)) && !(/^half$/.test(text.slice(token.start, token.end)) && !/^ of\b/.test(text.slice(pos, pos + 4))) && !/\b(?:this|that|first|second|the|a)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) {
        kind = 'ratio'; // "half the condos", "two-thirds of sales"
      } else if (vagueOf) {
        pos -= 3;
      }
    }
  }
  if (kind === 'money' || kind === 'percent' || kind === 'quantity' || (kind === 'count' && unit)) {
    const rate = RATE_RE.exec(text.slice(pos, pos + 20));
    if (rate) {
      unit = `${unit} per ${rate[1]!.toLowerCase()}`;
      pos += rate[0].length;
    }
  }
  // "22nd", "1990s", "H20x": letters glued to the number make it a name or an ordinal, not a figure.
  if (/^[\p{L}\d]/u.test(text.slice(pos, pos + 1)) && !(unit && /\W$/.test(text.slice(pos - 1, pos)))) return null;
  const before = text.slice(Math.max(0, start - 40), start);
  if (/^[-−]/.test(text.slice(token.start, token.start + 1)) && /\p{Lu}\S*\s$/u.test(before)) return null; // "COVID -19"
  // "a three-year plan": a number word glued to a unit is an adjective, not a figure.
  if (token.words && kind === 'duration' && /^-/.test(text.slice(token.end, token.end + 1))) return null;
  if (kind === 'count' && !unit && ((/^\d{1,3}$/.test(text.slice(token.start, token.end)) && /\b[A-Z][a-z]+, $/.test(before) && /^,/.test(text.slice(pos, pos + 1))) || AGE_BEFORE.test(before))) {
    kind = 'quantity'; // "Senard, 65, now faces": an age
    unit = 'year of age';
  }
  if (/(?:minus|negative)[ -]$/i.test(before)) {
    value = scale(value, -1);
    start -= /minus[ -]$|negative[ -]$/i.exec(before)![0].length;
  }
  if (kind === 'count' && !unit && MONEYISH_AFTER.test(text.slice(pos, pos + 8))) return null;
  const raw = typeof token.value === 'number' ? token.value : token.value[0];
  const wordFactor = token.factor && raw >= token.factor ? token.factor : 1;
  return { kind, value, unit, start, end: pos, change: readChange(before), base: raw / wordFactor, factor: factor * wordFactor, words: token.words };
}
