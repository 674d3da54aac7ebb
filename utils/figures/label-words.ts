import { STOP } from './counted-noun';
import { europeanLang, tables } from './languages';

// Words that may not open or close a label: a label that starts with "and" or ends with "of the" reads as a clause
// cut mid-way.
export const EDGE = new Set([
  ...STOP,
  ...(
    'also just some more most least much many nearly almost roughly around approximately an estimated total so then still now ' +
    'already which who whom whose while although though because if whether however meanwhile since when where than ' +
    'both soon likely despite reportedly only another further additional extra even plus today yesterday tomorrow monday tuesday ' +
    'wednesday thursday friday saturday sunday'
  ).split(' '),
]);
export const PRONOUN =
  /^(?:it|its|it's|they|them|their|he|him|his|she|her|this|that|these|those|there|we|us|our|i|me|my|you|your|one|which|who)$/i;
// Said-clauses and sources name who spoke, not what the figure is.
export const ATTRIBUTION =
  /,?\s*(?:\b(?:he|she|they|it|officials?|analysts?|experts?|police|reports?)\s+)?\b(?:said|says|say|told \w+|added|according to\b.*|reported|noted|estimated?s?)\s*$/i;
// A full stop inside a sentence ends an abbreviation ("U.S.", "W. M. Keck", "Jr."), never a clause: only one after a
// lower-case word ("Inc.", "approx.") or a number is read as a bound.
export const BOUND = /[;:()[\]{}"“”«»„—–―]|\s--?\s|,(?!\d)|(?<=[\p{Ll}\d]{2})\.(?=\s)|!|\?|'(?=\s)|(?<=\s)'/gu;
export const VERBISH = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|did|does|do)$/i;
// "U.S.", "U.K.’s": an abbreviation keeps its last full stop.
const WORD = /(?:\p{Lu}\.){2,}(?:['’]s)?|[\p{L}\p{N}](?:[\p{L}\p{N}'’&.-]*[\p{L}\p{N}])?/gu;
// An elided article or preposition glued to its noun: "d'économies", "dell'anno", "l'inflation".
const ELISION = /^(?:[dlnsmt]|qu|dell|dall|nell|sull|all|un|quell)['’](?=\p{L})/iu;

export const lower = (w: string) => {
  const l = w.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
};

// Labels test the same few hundred words many times a page: the answer is kept per word as written.
const functionCache = new Map<string, boolean>();
let european: Set<string> | undefined;

/**
 * Labels are read in `lang`: the function words of a European language (loaded with its tables, see ./languages)
 * join the English ones; an English or untagged article has none of them, in the popup as in the benches.
 */
export function labelLanguage(lang: string | null | undefined): void {
  const words = europeanLang(lang) ? tables.european?.functionWords : undefined;
  if (words !== european) functionCache.clear();
  european = words;
}
/** A function word in any language Sift reads, or a pronoun: never the edge of a label, never its content. */
export const isFunction = (w: string): boolean => {
  let known = functionCache.get(w);
  if (known === undefined) {
    const l = lower(w);
    // "AI" is not Italian "ai": function words are written in lower case, or capitalised to open a sentence.
    known = STOP.has(l) || (!!european?.has(l) && !/^\p{Lu}{2}/u.test(w)) || PRONOUN.test(l);
    if (functionCache.size > 4000) functionCache.clear();
    functionCache.set(w, known);
  }
  return known;
};
const isEdge = (w: string) => EDGE.has(lower(w)) || isFunction(w) || /^\d[\d.,]*(?:st|nd|rd|th)?$/.test(w);

/** Trims edge words and elided articles ("d'économies en" → "économies"); returns the words kept. */
export function trimWords(words: string[]): string[] {
  let a = 0,
    b = words.length;
  while (a < b && isEdge(words[a]!)) a++;
  while (b > a && (isEdge(words[b - 1]!) || VERBISH.test(words[b - 1]!))) b--;
  const out = words.slice(a, b);
  if (out.length && ELISION.test(out[0]!)) out[0] = out[0]!.replace(ELISION, '');
  return out;
}

export const contentCount = (words: string[]) => words.filter((w) => !isFunction(w)).length;

/** Words of a stretch of text, as written. */
export const wordsOf = (s: string): string[] => s.match(WORD) ?? [];

/**
 * About `n` words, ending where a phrase ends: before a function word at word n or n + 1, else before the last run of
 * function words ("pure oxygen from a disposable nasal cannula" → "pure oxygen"); trimmed.
 */
export function capWords(ws: string[], n: number): string[] {
  const fw = (i: number) => i >= ws.length || isFunction(ws[i]!);
  const end =
    ws.length <= n ? n : ([n, n + 1].find(fw) ?? ws.findLastIndex((_, i) => i > 1 && i < n && fw(i) && !fw(i - 1)));
  return trimWords(ws.slice(0, end > 1 ? end : n));
}
