import {
  ATTRIBUTION,
  BOUND,
  EDGE,
  VERBISH,
  contentCount,
  isFunction,
  labelLanguage,
  capWords,
  lower,
  trimWords,
  wordsOf,
} from './label-words';
import { headWords, isVerb, predicateWords, shareOwner } from './label-clause';
import { blankAges, cutFrame, framedNoun, joinWeekday, ownedCount, windowLabel } from './label-frames';
import { dateNoun, phraseAfter } from './label-phrase';
import { CJK_CHAR, tables } from './languages';
import type { Figure } from './types';

/** The figure is the value of the noun that ends `head`: "unemployment at", "déficit public à", "loss of". */
function valueNoun(before: string, head: string[]): boolean {
  const noun = head.at(-1);
  if (!noun) return false;
  const m =
    /([\p{L}'’-]+)\s+(?:at|to|of|à|a|au|de|di|al|del|hasta el|von|para|em|su|by)\s+(?:about |around |some )?$/iu.exec(
      before.slice(-60),
    );
  return !!m && !!noun && m[1] === noun && !isVerb(noun) && !EDGE.has(lower(noun)) && !isFunction(noun);
}
const DET =
  /^(?:a|an|the|its|their|his|her|our|with|on|la|le|les|el|los|las|il|lo|gli|der|die|das|den|dem|des|ein|eine|einen|einem|o|os|as|um|uma|un|une|uno|una|du|al|del|sa|son|ses|su|sus|seu|sua|sein|seine|ihr|ihre)$/i;
// "that figure jumps to $1.4trn": the figure is the one before, whose `measures` says what it is.
const ANAPHOR = /\b(?:that|the|this) (?:figure|number|total|sum|amount|share|rate|proportion)\b/i;

/**
 * Whether `label` says what a figure is: words that are not only function words, pronouns or the figure's own
 * unit, short enough to read at a glance, without quote marks (a quote fragment) or an unfinished clause.
 */
export function isGoodLabel(label: string | undefined, fig: Pick<Figure, 'unit' | 'text'>): label is string {
  if (!label) return false;
  if (/["“”]/.test(label)) return false;
  const ws = trimWords(wordsOf(label));
  if (!ws.length || ws.length > 10) return false;
  if (isFunction(ws[0]!) || EDGE.has(lower(ws[0]!)) || EDGE.has(lower(ws[ws.length - 1]!))) return false;
  const unitWords = new Set(wordsOf(`${fig.unit ?? ''} ${fig.text}`).map(lower));
  const own = ws.filter((w) => !unitWords.has(lower(w)) && !isFunction(w));
  return own.length > 0;
}

/** The clause around [s, e) of the sentence: the text between the bounds before and after it. */
function clauseAround(sentence: string, s: number, e: number): { before: string; after: string; prior: string } {
  let from = 0,
    prev = 0,
    to = sentence.length;
  for (const m of sentence.matchAll(BOUND)) {
    if (m.index + m[0].length <= s) {
      prev = from;
      from = m.index + m[0].length;
    } else if (m.index >= e) {
      to = m.index;
      break;
    }
  }
  // "the airline may not change course; its chief said …": after a semicolon a new sentence has its own subject.
  const prior = sentence[from - 1] === ';' ? '' : sentence.slice(prev, Math.max(prev, from - 1));
  return { before: sentence.slice(from, s), after: sentence.slice(e, to), prior };
}

/**
 * A short label for a figure, from its sentence: `measures` when it says something beyond the unit, else the words
 * before it in its clause (who did what: "SoftBank agreed to inject"), joined to a short complement after it ("in
 * debt and equity"), never crossing a quote mark or a clause bound; for a bare amount before a noun ("$3 billion
 * buyout of shareholders") the noun phrase. Empty when the sentence offers nothing but function words.
 * @param others other figures of the same row, left out of the words
 * @param lang the article's language, when it is not the one of the last label read (see `labelLanguage`)
 */
export function figureLabel(fig: Figure, others: Figure[] = [], lang?: string | null): string {
  if (lang !== undefined) labelLanguage(lang);
  const at = fig.sentence.indexOf(fig.text);
  const measures = isGoodLabel(fig.measures, fig) ? fig.measures : undefined;
  const share = fig.kind === 'percent' || fig.kind === 'ratio';
  // "46% of firms use AI, but only 9% saw a benefit": a share that is the subject of its own verb is said by it,
  // not by the share before it, whose words `measures` may have taken.
  const rest = at >= 0 ? fig.sentence.slice(at + fig.text.length) : '';
  if (share && isVerb(wordsOf(rest)[0] ?? '') && !VERBISH.test(wordsOf(rest)[0]!)) {
    const pred = predicateWords(rest.split(/[,;:.!?]\s/)[0]!, fig);
    if (contentCount(pred) >= 2) return pred.join(' ');
  }
  // "43% of firms using AI": `measures` read the of-phrase; without one it is the clause's subject ("Home Depot sees
  // sales growth of 1.8%"), which the words before the share say better.
  const ofAfter = /^\s*(?:\([^()]*\)\s*)?of\s/i.test(rest);
  if (share && measures && ofAfter) {
    const { before } = clauseAround(fig.sentence, at, at);
    const owner = shareOwner(fig.sentence.slice(0, at - before.length), before);
    if (owner.length) return [...owner, '…', tidy(measures)].join(' ');
    if (contentCount(wordsOf(measures)) >= 2) return tidy(measures);
  }
  if (at < 0) return isGoodLabel(fig.measures, fig) ? tidy(fig.measures) : '';
  if (ANAPHOR.test(fig.sentence.slice(0, at)) && isGoodLabel(fig.measures, fig)) return tidy(fig.measures);
  let sentence = fig.sentence;
  // Other figures of the row are not words of the label ("from $3.2bn last year to $140bn").
  for (const o of others) sentence = sentence.replace(o.text, (m) => ' '.repeat(m.length));
  // Asides in brackets ("Nikkei 225 (N225) declined") are blanked, offsets kept, unless the figure is inside one.
  const aside = (m: string, i: number) => (i <= at && at < i + m.length ? m : ' '.repeat(m.length));
  sentence = blankAges(sentence.replace(/\([^()]*\)/g, aside), at);
  if (fig.kind === 'date') sentence = joinWeekday(sentence);
  const around = clauseAround(sentence, at, at + fig.text.length);
  const { after, prior } = around;
  const frame = cutFrame(around.before);
  const before = frame.before;
  // Chinese and Japanese figures are read only once their tables are loaded, which label them too.
  if (CJK_CHAR.test(sentence.slice(Math.max(0, at - 2), at + fig.text.length + 1))) {
    return tables.cjk?.label(sentence, at) ?? '';
  }
  const unitWords = new Set(wordsOf(`${fig.unit ?? ''}`).map(lower));
  if (fig.kind === 'date') {
    const event = dateNoun(before, after);
    if (event.length) return event.join(' ');
  }
  const owned = fig.kind === 'count' ? ownedCount(before, fig.text, after, fig.unit) : [];
  if (owned.length) return owned.join(' ');
  // "62% of renters say …", "800 students who …": what the figure quantifies, said right after it.
  // "the deficit at 4.7% of GDP": a share that is the value of a noun before it is labelled by that noun.
  const plain = headWords(before, false);
  if (frame.framed && !contentCount(plain)) {
    const noun = framedNoun(prior);
    if (noun.length) return noun.join(' ');
  }
  const valueOf = share && valueNoun(before, plain);
  const phrase = valueOf ? [] : phraseAfter(after, fig.kind, fig.unit, contentCount(plain) === 0);
  if (contentCount(phrase) >= 2) return phrase.join(' ');
  if (contentCount(phrase) === 1) {
    const who = plain;
    const short = trimWords(who.length > 6 ? who.slice(-4) : who);
    return (contentCount(short) >= 1 ? [...short, '…', ...phrase] : phrase).join(' ');
  }
  // "$3 billion buyout of existing shareholders": the amount is an adjective of the noun after it.
  const next = wordsOf(after.slice(0, 60));
  const first = next[0] ?? '';
  const nounNext =
    /^[\s-]*[a-z]/.test(after) &&
    !!first &&
    !EDGE.has(lower(first)) &&
    !isFunction(first) &&
    !VERBISH.test(first) &&
    !isVerb(first);
  // "the 15% tariffs", "a 2.8 per cent discount to their New York close": a share before a noun qualifies it.
  const shareNoun = fig.kind === 'percent' && nounNext && !/(?:ly|er)$/.test(first);
  // "the 180-day cruise to Mars", "an 18-year insurgency": a figure joined to its unit by a hyphen is an adjective.
  const compound = /\d-\p{L}+$/u.test(fig.text);
  if ((fig.kind === 'money' || fig.kind === 'quantity' || shareNoun || compound) && nounNext) {
    // "$6.99-a-month service": the rate joined to the amount is not a word of the noun.
    const np = capWords(
      next.filter(
        (w, i, a) =>
          !/^(?:a|an|per)-/i.test(w) && !a.slice(0, i + 1).some((w) => VERBISH.test(w) || (shareNoun && /\d/.test(w))),
      ),
      6,
    );
    // "the group’s 18-year insurgency", "the city’s $4bn transit budget": whose it is stands right before the figure.
    const owner = /([\p{L}\p{N}.&-]+(?:\s[\p{Lu}][\p{L}.&-]*)?['’]s?)\s*$/u.exec(before)?.[1];
    const whose = owner && !isFunction(owner.replace(/['’]s?$/, '')) ? [owner] : [];
    // "a maximum of 10 years in prison and a $250,000 fine": one noun alone says little without who.
    if (contentCount(np) >= 2 || (whose.length && contentCount(np))) return [...whose, ...np].join(' ');
    const who = plain.slice(0, 4);
    if (contentCount(np) === 1) {
      return (contentCount(who) >= 1 && who.length <= 4 ? [...who, '…', ...np] : np).join(' ');
    }
  }
  let head = others.length > 0 ? headWords(before, true) : plain;
  const raw = trimWords(wordsOf(before));
  // "reported a loss of $304.7m on revenue of $167.4m": the noun the figure is the value of, after whose it is.
  let k = raw.length - 1;
  if (valueNoun(before, raw)) {
    while (k > 0 && raw.length - k < 3 && !isFunction(raw[k - 1]!) && !isVerb(raw[k - 1]!)) k--;
    // "economía española", "prior guidance": a noun phrase opens with a determiner, or a function word in English.
    if (k > 2 && /^(?:of|for|de|para|di|per|von)$/i.test(raw[k - 2]!) && DET.test(raw[k - 1]!)) k -= 3;
  }
  if (fig.kind !== 'count' && fig.kind !== 'date' && valueNoun(before, raw) && (k === 0 || DET.test(raw[k - 1]!))) {
    const v = raw.findIndex((w, i) => i > 0 && isVerb(w));
    const subject = v > 0 && v < k ? trimWords(raw.slice(0, v)).slice(-3) : [];
    head = [...subject, ...(subject.length ? ['…'] : []), ...trimWords(raw.slice(k))];
  }
  // "…, and 20 teams have booked their places": a figure that opens its clause and is the subject of the verb after
  // it is said by that verb, never by the subject of the clause before.
  const verbNext = wordsOf(after).filter((w, i) => !(i < 2 && unitWords.has(lower(w))))[0] ?? '';
  if (VERBISH.test(verbNext) || isVerb(verbNext)) {
    const pred = predicateWords(after, fig);
    if (!contentCount(head) && contentCount(pred) >= 2) return pred.join(' ');
    // "106 protesters in 21 cities have been killed": the noun the figure's phrase hangs from, and its verb.
    const noun =
      !head.some((w) => isVerb(w) || VERBISH.test(w)) &&
      head.length <= 3 &&
      (VERBISH.test(verbNext) || /^[a-z]+ed$/.test(verbNext));
    if (noun && contentCount(head) && contentCount(pred)) return [...head, '…', ...capWords(pred, 4)].join(' ');
  }
  // "with unemployment at 4.1 percent": the noun the figure is the value of says enough on its own.
  if (contentCount(head) < 2 && !(contentCount(head) === 1 && fig.kind !== 'count' && valueNoun(before, head))) {
    // "WeWork's 2025 bond has weakened sharply, hitting 16.057%": the subject sits in the clause before.
    const earlier = trimWords(wordsOf(prior.replace(ATTRIBUTION, '')));
    // ", which brought in $130m": a relative pronoun stands for the noun that ends the clause before.
    const relative = /^(?:which|who|that)\b/i.test(before.trim());
    const verb = earlier.findIndex((w, i) => i > 0 && isVerb(w));
    // The antecedent of "which" is the noun phrase after the verb of the clause before: "the sale of credits".
    const object = earlier.slice(earlier.findLastIndex((w) => isVerb(w)) + 1).filter((w) => !/ly$/.test(w));
    const subject = relative
      ? capWords(trimWords(object.length > 1 ? object : earlier.slice(-3)), 4)
      : trimWords(verb > 0 ? earlier.slice(0, verb) : []).slice(-4);
    if (subject.length && contentCount(subject) >= 1) head = [...subject, ...head];
    else if (contentCount(head) === 1) {
      // "the value is about $44m", "declined 0.3%": the sentence's own subject, across commas, says whose.
      const strong = Math.max(...[':', ';', '"', '“', '”', '—'].map((c) => sentence.lastIndexOf(c, at)));
      const whole = headWords(sentence.slice(strong + 1, at), others.length > 0);
      if (contentCount(whole) > 1) head = whole;
    }
  }
  if (contentCount(head) === 0) {
    // "28 people who were in close contact with the patient": a figure that opens its clause is said by what follows.
    const pred = predicateWords(after, fig);
    if (contentCount(pred) >= 2) return pred.join(' ');
  }
  let tail = capWords(
    wordsOf(after).filter((w) => !unitWords.has(lower(w))),
    6,
  );
  const tailStart = wordsOf(after)[0];
  if (!tailStart || !COMPLEMENT.test(tailStart)) tail = [];
  if (contentCount(head) >= 1) {
    return [...head, ...(tail.length && head.length <= 4 ? ['…', ...tail] : [])].join(' ');
  }
  if (isGoodLabel(fig.measures, fig)) return tidy(fig.measures);
  const out = [...head, ...(tail.length ? (head.length ? ['…', ...tail] : tail) : [])];
  if (contentCount(out.filter((w) => !unitWords.has(lower(w))))) return out.join(' ');
  return windowLabel(before, fig.text, after, fig.unit).join(' ');
}

// Words that open a complement worth keeping after a figure: "… for the city's transit budget".
const COMPLEMENT = /^(?:of|for|in|on|into|to|from|at|per|a|an|across|among|over|under|this|last|next|each|since)$/i;
function tidy(s: string): string {
  return trimWords(wordsOf(s)).join(' ') || s.trim();
}
