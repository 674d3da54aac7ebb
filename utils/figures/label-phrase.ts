import { BOUND, VERBISH, capWords, contentCount, isFunction, lower, trimWords, wordsOf } from './label-words';

// Noun-phrase labels: what the figure quantifies, read from the words right after it. These outrank the clause's
// subject and verb when they exist, because they name the thing counted, not who counted it.

// A genitive or partitive link after a share or an amount: "40% of renters", "62 Prozent der Mieter", "il 30% dei
// voti", "40 milliards d'euros d'économies".
const LINK = /^\s*(?:of|der|des|von|vom|di|dei|degli|delle|della|del|de|do|da|dos|das|du|van)\s+|^\s*d['’](?=\p{L})/iu;
// A relative pronoun opening a clause that says what the counted things are or did.
const RELATIVE = /^\s*(?:who|that|which|whose|die|welche|che|cui|que|qui|dont)\s+/i;
// Auxiliaries and adverbs that open the predicate but say nothing on their own.
const LEAD = /^(?:is|are|was|were|have|has|had|will|would|could|can|may|might|be|been|being|also|now|all|still|not)$/i;
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|do|does|did)$/;
// An English participle right after a noun ("animals identified in May", "whales recorded", "contacts being placed").
const PARTICIPLE =
  /^\s*(?:being\s+)?([a-z]+ed|taken|given|shown|seen|known|held|built|sold|paid|left|lost|found|made|kept|sent)\b/;

/** The clause after [0, to) ends at the first bound: a comma, a quote, a dash or a full stop. */
function clauseAfter(after: string): string {
  BOUND.lastIndex = 0;
  const m = BOUND.exec(after);
  return m ? after.slice(0, m.index) : after;
}

/** A predicate of up to seven words, without its opening auxiliaries, ending before the next finite verb. */
function predicate(text: string, whole = false): string[] {
  let ws = wordsOf(text);
  // The rest of a clause whose subject is the figure's noun phrase reads on from it: "Fernzüge erreichten ihr Ziel".
  if (whole) return trimWords(['x', ...ws.slice(0, 8)]).slice(1);
  while (ws.length && LEAD.test(ws[0]!)) ws = ws.slice(1);
  const next = ws.findIndex((w, i) => i > 1 && FINITE.test(w));
  if (next > 0) ws = ws.slice(0, next);
  // "say rent takes over a third of pay": a verb of saying opens the predicate of a share of people.
  const say = /^(?:say|says|said)$/i.test(ws[0] ?? '') ? [ws[0]!] : [];
  return [...say, ...capWords(ws.slice(say.length), 8)];
}

/**
 * A noun phrase of up to three content words after its determiners: it ends at a function word, a verb-like word,
 * a relative pronoun or a participle, and after an English plural ("of renters say …").
 */
function nounPhrase(text: string): { words: string[]; rest: string } {
  const ws: string[] = [];
  const re = /\s*([\p{L}\p{N}](?:[\p{L}\p{N}'’&.-]*[\p{L}\p{N}])?)/uy;
  let at = 0;
  for (let m = re.exec(text); m && contentCount(ws) < 3; m = re.exec(text)) {
    const w = m[1]!;
    const content = contentCount(ws) > 0;
    if (VERBISH.test(w) || RELATIVE.test(`${w} `) || (content && (isFunction(w) || /^[a-z]+ed$/.test(w)))) break;
    ws.push(w);
    at = re.lastIndex;
    if (/^[a-z]{3,}[^s'’u]s$/.test(w)) break;
  }
  return { words: trimWords(ws), rest: text.slice(at) };
}

/**
 * What a figure quantifies, from the words after it: the noun of a genitive link ("of renters", "der Fernzüge",
 * "d'économies") and what a relative clause or participle says of it ("users who activated their accounts",
 * "animals identified between May and September"). A pronoun ("99% of those do not …") gives way to its predicate.
 * @param after the sentence after the figure
 * @param unit the figure's counted noun, if any, which the label does not repeat
 * @param opens the figure opens its clause, so what follows its noun phrase is the clause's predicate
 */
export function phraseAfter(after: string, kind: string, unit: string | undefined, opens: boolean): string[] {
  let rest = clauseAfter(after);
  let np: string[] = [];
  const link = LINK.exec(rest);
  if (link && kind !== 'date' && kind !== 'duration') {
    const read = nounPhrase(rest.slice(link[0].length));
    rest = read.rest;
    np = read.words;
    if (!contentCount(np)) {
      // "99% of those do not require": the pronoun stands for something said before; its predicate says more.
      const pred = predicate(rest);
      return contentCount(pred) >= 2 ? pred : [];
    }
  } else if (kind !== 'count' && kind !== 'quantity') return [];
  const unitWords = new Set(wordsOf(unit ?? '').map(lower));
  np = np.filter((w) => !unitWords.has(lower(w)));
  const rel = RELATIVE.exec(rest);
  const part = rel ? null : PARTICIPLE.exec(rest);
  let pred: string[] = [];
  // "that the plant would close" is what someone was told, not a relative clause.
  const complement = rel && /^\s*that\s+(?:the|a|an|it|they|he|she|we|this|there)\b/i.test(rest);
  if (rel && !complement) pred = predicate(rest.slice(rel[0].length));
  else if (opens && np.length && /^\s*[\p{Ll}]/u.test(rest)) pred = predicate(rest, true);
  else if (part && !VERBISH.test(part[1]!) && part[1]!.length > 4) pred = predicate(rest.slice(part.index));
  else if (opens && kind === 'count' && /^\s*(?:in|with|from|at|on|across|among|aged)\s/i.test(rest)) {
    // "28 people in close contact with the patient were quarantined": the modifier, then the main verb.
    const ws = wordsOf(rest);
    const finite = ws.findIndex((w, i) => i > 1 && FINITE.test(w));
    const verb = ws.slice(finite + 1).find((w) => !LEAD.test(w) && !/ly$/.test(w) && !isFunction(w));
    const at = verb ? ws.indexOf(verb, finite) : -1;
    const particle = /^(?:off|out|up|down|back|away)$/i.test(ws[at + 1] ?? '') ? [ws[at + 1]!] : [];
    // "106 protesters in 21 cities were killed": a modifier holding another figure is that figure's; the noun says it.
    const mod = trimWords(ws.slice(0, Math.min(finite, 6)));
    const lead = ws.slice(0, finite).some((w) => /\d/.test(w)) ? wordsOf(unit ?? '') : mod;
    if (finite > 1) pred = [...lead, ...(verb ? ['…', verb, ...particle] : [])];
  }
  if (contentCount(pred) >= 2 || (contentCount(pred) >= 1 && contentCount(np) >= 1)) {
    return [...np, ...pred].slice(0, 9);
  }
  return contentCount(np) >= 1 && (kind !== 'count' || np.length > 0) ? np : [];
}

/**
 * A date's event noun written right after it ("the Dec. 12 election", "a March 3 deadline"), with a possessive
 * owner before it ("the U.K.'s"). Empty when a verb or a function word follows the date.
 */
export function dateNoun(before: string, after: string): string[] {
  const next =
    /^\s*((?:[a-z][a-z-]+\s+){0,2}?[a-z][a-z-]+)(?=\s*(?:$|[,.;:!?)]|\s+(?:of|in|on|at|for|to|and|was|is|will|has|had|would)\b))/.exec(
      clauseAfter(after),
    );
  if (!next) return [];
  const noun = next[1]!.split(/\s+/);
  if (noun.some((w) => isFunction(w) || /(?:ly|ed)$/.test(w) || VERBISH.test(w))) return [];
  const owner = /([\p{Lu}][\p{L}.]*['’]s)\s*$/u.exec(before)?.[1];
  return owner ? [owner, ...noun] : noun;
}
