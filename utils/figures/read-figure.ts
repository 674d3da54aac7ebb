import { countedNoun } from './counted-noun';
import { CURRENCY_PREFIXES, currencyAfter, currencyBefore } from './currencies';
import { europeanLang, tables } from './languages';
import type { NumberToken } from './find-numbers';
import { matchMagnitude } from './magnitudes';
import { readChange } from './read-change';
import { readNoun } from './read-noun';
import type { Figure } from './types';
import { kindOfUnit, unitAfter, unitName } from './units';

/**
 * Does a capitalised word follow `pos`, making a bare number before it part of a name ("iPhone 11 Pro", "Herrera: 4
 * Started")? A weekday or month ("closed at 4,577 Friday") does not.
 */
export function nameFollows(text: string, pos: number): boolean {
  return /^ \p{Lu}\p{Ll}/u.test(text.slice(pos, pos + 3)) && !WHEN_AFTER.test(text.slice(pos, pos + 11));
}

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

// Rates after an amount: "$58.24 per barrel", "RM79 a month", "5 percent a year", "$6.99-a-month".
const RATE_RE = new RegExp(
  '^[ -](?:per|a|an|each)[ -](?!\\w+ (?:earlier|ago|later|before|after|on)\\b)(' +
    'barrel|ounce|gallon|share|month|year|week|day|hour|night|person|head|capita|gram|kilogram|kg|tonne|ton|litre|' +
    'liter|square foot|square metre|square meter|sq m|sq ft|mmbtu|kwh|unit|minute|game|match|season|household|' +
    'student|employee|passenger|trip|ticket|dose|hectare|acre|mile|kilometre|kilometer|km|pound|lb|kilo|bottle)\\b',
  'i',
);
const SYMBOL_AFTER = /^\s?([€£¥₹₽₩₪₺₦₫฿])/;
const AGE_BEFORE = /\b(?:aged|ages? of|who (?:was|is|turned|turns)|(?:he|she) (?:was|is|will be|turned|turns))\s+$/i;
const AGE_RE = /^[ -]?(?:years?[- ]old|yr[- ]old|-year-old)/i;
const STANDARD_RE = /^ (?:US|U\.S\.|UK|imperial)(?: fluid)?(?= )|^ fluid(?= )/i;
const WHEN_AFTER = / (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const RESOLUTION = /^(?:480|720|1080|1440|2160)$/;
const MONEYISH_AFTER = /^\s?(?:dollars?|euros?|yuan|yen|rupees?)\b/;

const scale = (v: number | [number, number], f: number): number | [number, number] =>
  typeof v === 'number' ? v * f : [v[0] * f, v[1] * f];

/**
 * Reads the figure around one number: currency, magnitude, unit or counted noun, and change words.
 * @param lang the article's language, for magnitudes and units written in it ("3 Mio.", "drei Jahre")
 */
export function readFigure(text: string, token: NumberToken, lang?: string | null): Draft | null {
  const european = europeanLang(lang);
  const cur = currencyBefore(text, token.start);
  const { factor, end: afterMagnitude } = readMagnitudes(text, token, cur !== null, european);
  let value = scale(token.value, factor);
  let {
    kind,
    unit,
    start,
    end: pos,
  } = cur ? readMoneyAfter(text, afterMagnitude, cur) : readWhatItCounts(text, token, afterMagnitude, factor, european);
  // "20 per week" with no noun is still a rate: the unit is the rate alone.
  if (kind === 'money' || kind === 'percent' || kind === 'quantity' || (kind === 'count' && (unit || !token.words))) {
    const rate = RATE_RE.exec(text.slice(pos, pos + 20));
    if (rate) {
      // "per sq m" → per square metre
      unit = `${unit ? unit + ' ' : ''}per ${unitName(rate[1]!) ?? rate[1]!.toLowerCase()}`;
      pos += rate[0].length;
    }
  }
  // "22nd", "1990s", "H20x": letters glued to the number make it a name or an ordinal, not a figure.
  if (/^[\p{L}\d]/u.test(text.slice(pos, pos + 1)) && !(unit && /\W$/.test(text.slice(pos - 1, pos)))) return null;
  const before = text.slice(Math.max(0, start - 40), start);
  if (/^[-−]/.test(text.slice(token.start, token.start + 1)) && /\p{Lu}\S*\s$/u.test(before)) return null; // "COVID -19"
  // "a three-year plan": a number word glued to a unit is an adjective, not a figure.
  if (token.words && kind === 'duration' && /^-/.test(text.slice(token.end, token.end + 1))) return null;
  if (
    kind === 'count' &&
    !unit &&
    ((/^\d{1,3}$/.test(text.slice(token.start, token.end)) &&
      /\b[A-Z][a-z]+, $/.test(before) &&
      /^,/.test(text.slice(pos, pos + 1))) ||
      AGE_BEFORE.test(before))
  ) {
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
  return {
    kind,
    value,
    unit,
    start,
    end: pos,
    change: readChange(before),
    base: raw / wordFactor,
    factor: factor * wordFactor,
    words: token.words,
  };
}

interface Reading {
  kind: Figure['kind'];
  unit: string | undefined;
  start: number;
  end: number;
}

/** "bn", "million", "3m" after the number: the factor they multiply by and where they end. */
function readMagnitudes(
  text: string,
  token: NumberToken,
  hasCurrency: boolean,
  european: string | null,
): { factor: number; end: number } {
  let pos = token.end;
  let factor = 1;
  const local = european && !token.words ? (tables.european?.magnitude(text, pos, european) ?? null) : null;
  if (local) return { factor: local.factor, end: pos + local.length }; // "1,5 Millionen", "3 Mio.", "mil millones"
  for (let i = 0; i < 2 && !token.words; i++) {
    const mag = matchMagnitude(text, pos);
    if (!mag) break;
    if (mag.letter && !hasCurrency && !/^[kM]$/.test(text[pos]!)) {
      // "3m yuan", "35m of its devices", "1.2m tons", "2.7m combined sales" are millions; "5m tall" is metres.
      const at = pos + mag.length;
      const isMillion =
        currencyAfter(text, at) ||
        /^ of\b/i.test(text.slice(at, at + 4)) ||
        unitAfter(text, at) ||
        countedNoun(text, at, false);
      if (!isMillion) break;
    }
    factor *= mag.factor;
    pos += mag.length;
  }
  return { factor, end: pos };
}

/** An amount with its currency before it ("$3.2bn"), and a currency word that may follow ("$76 US"). */
function readMoneyAfter(text: string, pos: number, cur: { code: string; start: number }): Reading {
  let unit = cur.code;
  const after = currencyAfter(text, pos);
  // "$76 US", "$500 US", "$1.25 sterling"
  if (after && (/^\s?[A-Z]/.test(text.slice(pos, pos + 2)) || after.code === 'GBP')) {
    pos += after.length;
    if (after.code === 'GBP') unit = 'GBP';
  }
  return { kind: 'money', unit, start: cur.start, end: pos };
}

/** A number without a currency before it: an age, money named after it, a unit, or a counted noun. */
function readWhatItCounts(text: string, token: NumberToken, pos: number, factor: number, european: string | null) {
  const at = (kind: Figure['kind'], unit: string | undefined, end: number): Reading => ({
    kind,
    unit,
    start: token.start,
    end,
  });
  // "millions of Americans", "tens of millions of dollars": the noun comes after "of".
  const vagueOf =
    Array.isArray(token.value) && /^ of (?!the |its |their |a |an |his |her )/i.test(text.slice(pos, pos + 12));
  if (vagueOf) pos += 3;
  const age = AGE_RE.exec(text.slice(pos, pos + 12));
  if (age) return at('quantity', 'year of age', pos + age[0].length);
  const money = currencyAfter(text, pos);
  // "One US fluid ounce", "2 imperial gallons": a standard named before the unit.
  const std = STANDARD_RE.exec(text.slice(pos, pos + 16))?.[0].length ?? 0;
  const su = std ? unitAfter(text, pos + std) : null;
  const u = unitAfter(text, pos) ?? (su?.kind === 'quantity' ? { ...su, length: su.length + std } : null);
  if (money && !(u && u.length > money.length)) {
    // "208 pounds" is weight unless money is in the air ("£", "million pounds", "sterling").
    const isWeight =
      /^\s?pounds?\b/i.test(text.slice(pos, pos + 8)) && factor === 1 && !/sterling/i.test(text.slice(pos, pos + 20));
    return isWeight && u ? at(u.kind, u.name, pos + u.length) : at('money', money.code, pos + money.length);
  }
  const symbol = SYMBOL_AFTER.exec(text.slice(pos, pos + 3));
  if (symbol) return at('money', CURRENCY_PREFIXES[symbol[1]!], pos + symbol[0].length); // "1,200€"
  // "2.5 F" in a story about a capacitor is farads; elsewhere a bare F is a temperature.
  if (u?.surface === 'F' && /capacit/i.test(text.slice(Math.max(0, pos - 120), pos))) {
    return at('quantity', 'farad', pos + u.length);
  }
  // "1080p", "720p": a screen's lines, not pence (a share price in pence is not a standard resolution).
  if (u?.surface === 'p' && RESOLUTION.test(text.slice(token.start, pos))) return at('quantity', 'p', pos + 1);
  if (u) return at(u.kind, u.name, pos + u.length);
  const local = european && tables.european?.unit(text, pos, european);
  if (local) return at(kindOfUnit(local.name), local.name, pos + local.length);
  if (european) {
    const noun = tables.european?.noun(text, pos, european) ?? null; // English plural nouns do not apply
    return noun ? at('count', noun.noun, noun.end) : at('count', undefined, pos);
  }
  const read = readNoun(text, token, pos, factor);
  if (read) return at(read.kind, read.unit, read.end);
  return at('count', undefined, vagueOf ? pos - 3 : pos);
}
