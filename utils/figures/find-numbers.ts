import { NUMBER_WORDS_SOURCE, VAGUE_PLURALS, parseNumberWords } from './number-words';
import { currencyBefore } from './currencies';
import { europeanLang, tables } from './languages';
import { type Convention, parseDigits } from './parse-digits';

/** A bare number in the text, before units, currencies and context are read. */
export interface NumberToken {
  start: number;
  end: number;
  value: number | [number, number];
  /** Written in words ("eight", "a dozen"), which are weaker evidence of a figure than digits. */
  words: boolean;
  /** The scale word closing a number in words ("five thousand" → 1000), so ranges can share it. */
  factor?: number;
}

const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125 };
// Digits with grouping marks, decimals, an optional fraction ("1/16", "1⁄32") or vulgar fraction ("2½").
const DIGITS_RE =
  /(?<![\d_]|[\p{L}\d][.,])(?:(?<=[\s($(]|^)[-−](?=\d))?(?:\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[.,]\d+)(?:\s?[/⁄]\s?\d+|[½¼¾⅓⅔⅛]|\s?[×x]\s?10\^?[−-]?\d+)?/gu;
const WORDS_RE = new RegExp('\\b' + NUMBER_WORDS_SOURCE + '\\b', 'gi');
const VAGUE_RE =
  /\b(?:(tens|hundreds|dozens) of )?(dozens|scores|hundreds|thousands|millions|billions|trillions)(?= of\b)/gi;
const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'lakh', 'crore']);
const SCALE_VALUES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const FRACTION_DENOMS = new Set([2, 3, 4, 5, 8, 10, 16, 32, 64, 100, 128]);

function digitValue(raw: string, convention: Convention): number {
  const vulgar = VULGAR[raw.slice(-1)];
  if (vulgar !== undefined) return parseDigits(raw.slice(0, -1) || '0', convention) + vulgar;
  const sci = /^(.*?)\s?[×x]\s?10\^?([−-]?\d+)$/.exec(raw); // "2.998×10−8"
  if (sci) return parseDigits(sci[1]!, convention) * 10 ** Number(sci[2]!.replace('−', '-'));
  const frac = /^(.*?)\s?[/⁄]\s?(\d+)$/.exec(raw);
  if (frac) {
    const den = Number(frac[2]);
    const num = parseDigits(frac[1]!, convention);
    return FRACTION_DENOMS.has(den) && num < den ? num / den : NaN;
  }
  return parseDigits(raw.replace('−', '-'), convention);
}

// French groups thousands with a plain space too: "3 000 emplois", "1 234,5".
const SPACED_RE = /(?<![\d.,])\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d]|[.,]\d)/g;

/**
 * Every number written in digits or words, in text order.
 * @param lang the article's language: number words are read in it ("zwei Millionen", "trois milliards")
 */
export function findNumbers(text: string, convention: Convention, lang?: string | null): NumberToken[] {
  const out: NumberToken[] = [];
  const european = europeanLang(lang);
  if (european === 'fr') {
    for (const m of text.matchAll(SPACED_RE)) {
      out.push({ start: m.index, end: m.index + m[0].length, value: parseDigits(m[0], convention), words: false });
    }
  }
  if (european) {
    for (const [start, end, value, factor] of tables.european?.words(text, european) ?? []) {
      out.push({ start, end, value, words: true, factor: factor > 1 ? factor : undefined });
    }
  }
  for (const m of text.matchAll(DIGITS_RE)) {
    // Letters glued before digits make a name ("H20", "S23") unless they are a currency ("RM79", "PS6m").
    if (/\p{L}/u.test(text[m.index - 1] ?? '') && !currencyBefore(text, m.index)) continue;
    const value = digitValue(m[0], convention);
    if (!Number.isNaN(value)) out.push({ start: m.index, end: m.index + m[0].length, value, words: false });
  }
  for (const m of european ? [] : text.matchAll(WORDS_RE)) {
    let words = m[0].toLowerCase().split(/[ -]+/);
    // "two and three" is two numbers; "hundred and twelve" is one.
    const cut = words.findIndex((w, i) => w === 'and' && !SCALE_WORDS.has(words[i - 1] ?? ''));
    if (cut > 0) words = words.slice(0, cut);
    const value = parseNumberWords(words);
    if (value === null) continue;
    const surface = cut > 0 ? m[0].split(/[ -]+and[ -]+/i)[0]! : m[0];
    const last = words[words.length - 1]!;
    const factor = SCALE_VALUES[last];
    out.push({ start: m.index, end: m.index + surface.length, value, words: true, factor });
  }
  for (const m of european ? [] : text.matchAll(VAGUE_RE)) {
    const base = VAGUE_PLURALS[m[2]!.toLowerCase()]! * (m[1] ? VAGUE_PLURALS[m[1].toLowerCase()]! : 1);
    out.push({ start: m.index, end: m.index + m[0].length, value: [base, base * 10], words: true });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop tokens inside an earlier one ("thousands" inside "tens of thousands").
  const kept: NumberToken[] = [];
  for (const t of out) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) continue;
    kept.push(t);
  }
  return kept;
}
