import {
  ATTRIBUTION,
  EDGE,
  VERBISH,
  capWords,
  contentCount,
  isFunction,
  lower,
  trimWords,
  wordsOf,
} from './label-words';
import type { Figure } from './types';

// The clause side of a label: who did what, read from the words before a figure (its subject and verb group), or
// the predicate after a figure that opens its clause. Noun phrases after a figure are in ./label-phrase.

const AUX = /^(?:will|would|could|can|may|might|must|should|shall|is|are|was|were|has|have|had|be|been)$/i;
const VERB_WORDS = new Set(
  (
    'rose rise rises fell fall falls grew grow grows hit hits made make makes paid pay pays sold sell ' +
    'sells spent spend spends saw see sees stood stand stands won win wins lost lose loses set sets cut ' +
    'cuts put puts took take takes gave give gives got get gets had has have is are was were will would ' +
    'could can may might must should shall did does do reach reached reaches cost costs plans plan ' +
    'planned expects expect expected wants want need needs agreed bought buy buys earned earn earns ' +
    'raised raise raises topped climbed jumped dropped declined slid surged soared plunged tumbled ' +
    'totalled totaled amounted accounted posted reported generated estimated forecast predicted counted ' +
    'recorded received injected invested offered charged charges charge became become remain remained ' +
    'remains stands kept keep keeps holds held hold found finds identified showed shows killed injured ' +
    'died faces face faced'
  ).split(' '),
);
/** A finite verb or auxiliary by its form: the end of a subject. */
export function isVerb(w: string): boolean {
  const l = lower(w);
  return VERB_WORDS.has(l) || (/^[a-z]/.test(w) && /[^e]ed$/.test(l) && l.length > 4);
}

// Clause openers after which a new subject starts: "Morgan Stanley predicts that China's AI industry will grow".
// Verbs that introduce what someone said or found: "predict that the market will reach".
const SPEECH =
  /^(?:sa(?:id|ys?)|found|finds?|show(?:s|ed)?|believe[sd]?|think|thinks|thought|argue[sd]?|warn(?:s|ed)?|note[sd]?|add(?:s|ed)|claim(?:s|ed)?|report(?:s|ed)?|announce[sd]?|predict(?:s|ed)?|expect(?:s|ed)?|estimate[sd]?|suggest(?:s|ed)?|conclude[sd]?|insist(?:s|ed)?|hope[sd]?|fear(?:s|ed)?|know|knows|knew)$/i;
const SAID = /^(?:said|says|say|told|added|noted|warned|argued|claimed|insisted|saying|suggesting)$/i;
const OPENER =
  /^(?:that|which|who|qui|que|che|dass|where|when|while|as|if|because|after|although|though|since|whereas|so|said|says|say|told|added|argued|warned|believes|thinks|expects|predicts|estimates|claims|claimed|insists|insisted|suggests|suggested)$/i;

/**
 * Who did what, from the words before a figure: the subject (its last four words) and the verb group nearest the
 * figure, cut after the last clause opener; for a change ("grow from $3.2bn to $140bn") the words up to "from".
 */
export function headWords(before: string, change: boolean): string[] {
  // "as much as $300m": the first "as" is no clause opener.
  let ws = wordsOf(before.replace(ATTRIBUTION, '').replace(/\bas\s+\p{L}+\s+as\s*$/iu, ''));
  // "the office said another 30 people …": who spoke is not what the figure is; what follows it says that.
  const last = ws.findLast((w) => SAID.test(w) || !EDGE.has(lower(w)));
  if (last && SAID.test(last)) return [];
  // "expects to save": a verb of saying before "to" is the verb group, not the end of a clause.
  const open = ws.findLastIndex(
    (w, i) => OPENER.test(w) && ws.length - i > 2 && !(/^to$/i.test(ws[i + 1] ?? '') && /s$/.test(w)),
  );
  if (open >= 0) {
    // "the pandemic that killed": a relative clause keeps its noun; "predicts that …" starts afresh.
    const lastWord = ws[open - 1] ?? '';
    // "told the board that repairs would cost": "that" before a determiner or a noun opens a new clause.
    const clause = /^that$/i.test(ws[open]!) && !isVerb(ws[open + 1] ?? '') && !VERBISH.test(ws[open + 1] ?? '');
    const relative =
      !clause &&
      /^(?:that|which|who|qui|que|che)$/i.test(ws[open]!) &&
      open > 0 &&
      !isVerb(lastWord) &&
      !SPEECH.test(lastWord) &&
      !isFunction(lastWord);
    // "Reed has said that he expects": the pronoun after a said-that stands for the speaker, named before it.
    const v = ws.findIndex((w, i) => i > 0 && isVerb(w));
    const he = clause && /^(?:he|she|they)$/i.test(ws[open + 1]!) && v > 0 && v < open && /^\p{Lu}/u.test(ws[0]!);
    ws = relative
      ? [...trimWords(ws.slice(Math.max(0, open - 3), open)), ...ws.slice(open + 1)]
      : he
        ? [...trimWords(ws.slice(0, v)).slice(-3), '…', ...ws.slice(open + 2)]
        : ws.slice(open + 1);
  }
  // "the company would open a factory and expected to double capacity to": the verb nearest the figure, with its
  // subject.
  const and = ws.findLastIndex((w, i) => /^(?:and|but)$/i.test(w) && i > 1 && isVerb(ws[i + 1] ?? ''));
  if (and > 0) {
    const v = ws.findIndex((w, i) => i > 0 && isVerb(w));
    ws = [...(v > 0 && v < and ? ws.slice(0, v) : []), ...ws.slice(and + 1)];
  }
  if (change) {
    const from = ws.findLastIndex((w) => /^(?:from|between)$/i.test(w));
    if (from > 0) ws = ws.slice(0, from);
  }
  ws = trimWords(ws);
  if (ws.length <= 7) return ws;
  const v = ws.findIndex((w, i) => i > 0 && isVerb(w));
  if (v <= 0) return trimWords(ws.slice(-5));
  const subject = trimWords(ws.slice(0, v)).slice(-4);
  // An auxiliary goes only before another verb: "had a moderate risk" keeps its "had".
  const verbs = ws.slice(v).filter((w, i, a) => !(i < a.length - 1 && AUX.test(w) && isVerb(a[i + 1]!)));
  // The verb and its object, up to the first preposition: "plans to release a new MacBook Pro", not "plans … half".
  const prep = verbs.findIndex(
    (w, i) => i > 1 && /^(?:of|in|on|at|for|from|with|by|during|within|since|after)$/i.test(w),
  );
  const object = trimWords(['x', ...verbs.slice(1, prep > 0 ? prep : verbs.length)]).slice(1);
  const group =
    verbs.length <= 4
      ? verbs
      : !contentCount(object)
        ? [verbs[0]!, '…', ...trimWords(verbs.slice(-2))]
        : object.length <= 5
          ? [verbs[0]!, ...object]
          : [verbs[0]!, '…', ...trimWords(object.slice(-3))];
  return [...subject, ...group];
}

const LEADING = /^(?:who|that|which|were|are|was|is|have|has|had|will|would|be|been|being|also|now|all|each|of|them)$/i;

/** The predicate after a figure that is the subject of its clause, up to six words. */
export function predicateWords(after: string, fig: Pick<Figure, 'unit'>): string[] {
  const unit = new Set(wordsOf(fig.unit ?? '').map(lower));
  let ws = wordsOf(after).filter((w, i) => !(i < 2 && unit.has(lower(w))));
  while (ws.length && LEADING.test(ws[0]!)) ws = ws.slice(1);
  return capWords(ws, 8);
}

// "voters who make up two-thirds of the electorate", "farms …, supplying 40% of the power": a share of a whole said
// by a verb of composing; whose share it is stands before the verb.
const COMPOSE =
  /\b(who |which |that )?(?:ma[kd]\w+|compris|account\w* for|represent|suppl|provid|generat)\w*( up)?( \w+( than)?)?\s*$/i;

/**
 * Who holds a share said by a verb of composing in `before` (its clause): the noun before a relative pronoun, in the
 * clause or in `earlier` (the sentence before it), or the sentence's subject when the verb opens its clause.
 */
export function shareOwner(earlier: string, before: string): string[] {
  const m = COMPOSE.exec(before);
  const lead = m ? before.slice(0, m.index) : '';
  if (m?.[1]) {
    const ws = wordsOf(/\S/.test(lead) ? lead : earlier);
    return trimWords(ws.slice(ws.findLastIndex(isFunction) + 1).slice(-3));
  }
  const ws = wordsOf(earlier);
  const v = ws.findIndex((w, i) => i > 0 && (isVerb(w) || VERBISH.test(w)));
  return m && !/\S/.test(lead) && v > 0 ? capWords(trimWords(ws.slice(0, v)), 4) : [];
}
