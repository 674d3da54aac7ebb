import { STOP } from './counted-noun';

// Function words of the European languages Sift reads besides English (German, French, Spanish, Italian,
// Portuguese, Dutch): articles, prepositions, conjunctions, auxiliaries and particles. A label may not open or close
// with one ("hasta el", "d'économies en", "Nur"), just as an English label may not end on "of the". One small set
// for all: these words are function words wherever they occur, so no table is chosen by language.
export const EURO_FUNCTION = new Set(
  // de
  (
    'der die das den dem des ein eine einen einem einer eines und oder aber von vom zu zum zur im am auf aus ' +
    'während bei mit nach seit um für über unter vor bis gegen durch als wie auch nur noch schon rund etwa ' +
    'knapp mehr ist sind waren hat haben hatte hatten wird werden wurde wurden sei dass nicht sich es er sie ' +
    'wir ihr ' +
    // fr
    'le la les l un une du de d au aux et ou mais en dans sur pour par avec sans sous vers chez contre entre ' +
    'est afin tandis alors sont était ont été sera qui que qu dont ne pas environ près presque il elle ils ' +
    'elles se ce cette ces ' +
    // es
    'el lo los las del al y o pero con sin para por según desde hasta hacia sobre tras unos unas fue ha han ' +
    'mientras más será cerca casi su sus este esta estos estas ' +
    // it
    'gli uno una di da dei degli delle della dello allo alla alle ai agli nel nello nella nelle nei negli ' +
    'sul sulla sui tra fra e ed ma è sono stato stata hanno circa quasi oltre che non mentre si suo sua loro ' +
    'questo questa ' +
    // pt
    'os uma uns umas dos ao à às na nos nas num numa pelo pela pelos pelas em com sem enquanto até mas é são ' +
    'foi foram tem têm quase não seu seus suas ' +
    // nl
    'het een op te met voor bij uit aan tot naar om maar zijn heeft hebben wordt ongeveer bijna'
  ).split(' '),
);

// Words that may not open or close a label: a label that starts with "and" or ends with "of the" reads as a clause
// cut mid-way.
export const EDGE = new Set([
  ...STOP,
  ...(
    'also just some more most least nearly almost roughly around approximately an estimated total so then still now ' +
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
export const BOUND = /[;:()[\]{}"“”«»„—–―]|\s--?\s|,(?!\d)|(?<=\w)\.(?=\s)|!|\?|'(?=\s)|(?<=\s)'/g;
export const VERBISH = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|did|does|do)$/i;
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&.-]*[\p{L}\p{N}])?/gu;
// An elided article or preposition glued to its noun: "d'économies", "dell'anno", "l'inflation".
const ELISION = /^(?:[dlnsmt]|qu|dell|dall|nell|sull|all|un|quell)['’](?=\p{L})/iu;

export const lower = (w: string) => {
  const l = w.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
};

// Labels test the same few hundred words many times a page: the answer is kept per word as written.
const functionCache = new Map<string, boolean>();
/** A function word in any language Sift reads, or a pronoun: never the edge of a label, never its content. */
export const isFunction = (w: string): boolean => {
  let known = functionCache.get(w);
  if (known === undefined) {
    const l = lower(w);
    // "AI" is not Italian "ai": function words are written in lower case, or capitalised to open a sentence.
    known = STOP.has(l) || (EURO_FUNCTION.has(l) && !/^\p{Lu}{2}/u.test(w)) || PRONOUN.test(l);
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
