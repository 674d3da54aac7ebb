import { STOP } from './counted-noun';
import type { Figure } from './types';

const VERB =
  /^(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|shall|be|been|being|rose|rise|rises|fell|falls|grew|grows|jumped|jumps|climbed|dropped|gained|lost|reached|hit|stood|stands|totalled|totaled|topped|surged|soared|slid|increased|decreased|declined|fell|leapt|paid|pays|says|said|expects|expected|plans|plunged|tumbled|amounted|accounted|made|makes|saw|sees|found|finds|claims|claimed|estimates|estimated|expects|predicts|predicted|reported|reports|shows|showed|according|forecasts|forecast|raised|raises|sold|sells|bought|buys|spent|spends|earned|earns|posted|posts|generated|generates|\w+n[’']t)$/i;
const ANAPHOR = /\b(?:that|the|this) (?:figure|number|share|rate|total|sum|amount|proportion|tally|count)\b/i;
const PRONOUN = /^(?:it|its|they|he|she|this|that|which|who|there|we|i|you)$/i;
const TRIM_WORDS = /^(?:(?:the|a|an|some|only|just|about|and|but|so|yet|while|whereas)\s+)+/i;
const CLAUSE_START = /(?:,(?!\d)|[;:(—–]|\bthat\b|\bwhich\b|\bwhile\b|\bbut\b|\bafter\b|\bwhen\b|\bas\b)/g;
const PREDICATE =
  /^\s*(?:\([^)]*\)\s*)?(?:were|are|was|is|had been|have been|has been)?\s*((?:\w+ly\s+)?(?:\w+ing|have|has|had|saw|see|use|used|say|said)\b[^,.;:!?]*)/i;

function words(s: string, max: number): string {
  return s
    .replace(/(?<!\w)["'“”‘’]|["'“”‘’](?!\w)/g, '')
    .trim()
    .split(/\s+/)
    .slice(0, max)
    .join(' ')
    .replace(/[,;:]$/, '');
}

// "of Greater China firms surveyed by Gartner, a consultancy, were using generative AI" → the NP and its -ing
function ofPhrase(after: string): string | null {
  const m =
    /^\s*of\s+(?:the |all |its |their |those )?((?:[\w'’&-]+\s+){0,5}?[\w'’&-]+?)(?=\s+(?:\w+ed\b|who|that|which|were|are|was|is|have|has|had|will|in|at|on|for|to|from|with|by|as)\b|[,.;:]|$)/i.exec(
      after,
    );
  if (!m) return null;
  const rest = after
    .slice(m[0].length)
    .replace(/^\s*\w+ed\b[^,]*(?:,[^,]*,)?/, '')
    .replace(/^\s*,[^,]*,/, '');
  const pred = PREDICATE.exec(rest);
  return pred ? `${m[1]} ${words(pred[1]!, 6)}` : m[1]!;
}

/**
 * What a figure is a figure of, read from its sentence: the "of" phrase after a share ("43% of firms using AI"),
 * the counted noun and what follows it, or the clause's subject ("China's AI industry will grow to $140bn").
 * `previous` (the last figure's measures) resolves "that figure" / "the figure", and stands in within a sentence.
 */
export function findMeasures(
  sentence: string,
  fig: Pick<Figure, 'kind' | 'unit' | 'start' | 'end'>,
  offset: number,
  previous?: { measures: string; sameSentence: boolean },
): string | undefined {
  const s = fig.start - offset;
  const e = fig.end - offset;
  const after = sentence.slice(e);
  const before = sentence.slice(0, s);
  if (fig.kind === 'percent' || fig.kind === 'ratio') {
    const of = ofPhrase(after);
    if (of) return of;
  }
  if (fig.kind === 'count' && fig.unit) {
    const tail =
      /^\s+((?:already |now |still |currently )?\w+ing\b(?:\s+(?!(?:were|are|was|is|had|have|has|will|and|but)\b)[\w'’-]+){0,3})/.exec(
        after,
      );
    return tail ? `${fig.unit} ${tail[1]}` : fig.unit;
  }
  const starts = [...before.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length);
  const clause = before.slice(starts.length ? starts[starts.length - 1]! : 0);
  if (ANAPHOR.test(before.slice(-40)) && previous) return previous.measures;
  if (fig.kind === 'duration') {
    const m = /([^;]*?)\s+(?:within|in|for|after|over|of)\s*$/i.exec(
      before.replace(/\s*\([^)]*\)/g, '').replace(/^.*,(?!\d)/, ''),
    );
    if (m && m[1]!.trim().split(/\s+/).length > 1) return words(m[1]!.replace(/\s*\([^)]*\)/g, ''), 8);
  }
  const ws = clause.trim().split(/\s+/).filter(Boolean);
  const verbAt = ws.findIndex((w) => VERB.test(w));
  const head = verbAt > 0 ? ws.slice(0, verbAt) : [];
  while (head.length > 1 && STOP.has(head[head.length - 1]!.toLowerCase())) head.pop(); // "the company also"
  let subject = head.join(' ').replace(TRIM_WORDS, '');
  // A subject of only function words ("and", "it", "the") says nothing.
  if (
    subject &&
    (PRONOUN.test(subject) || /^\w+ing$/.test(subject) || subject.split(' ').every((w) => STOP.has(w.toLowerCase())))
  )
    subject = '';
  // "a loss of $304.7 million", "revenue of $167.4 million": the noun the amount belongs to.
  const of =
    /\s(?:about |around |nearly |almost |more than |over |up to |some )?$/.test(before) &&
    /([\w’'-]+(?: [\w’'-]+){0,2}) of \S*\s*$/i.exec(
      before.replace(/\s(?:about|around|nearly|almost|more than|over|up to|some)\s*$/i, ' '),
    );
  const np = of ? of[1]!.split(' ') : [];
  const cut = np.findLastIndex((w) => STOP.has(w.toLowerCase()) || VERB.test(w));
  // "fell short of", "ahead of", "most of", "to the tune of" name no thing.
  const ofNoun =
    /^(?:short|ahead|out|instead|because|most|part|top|front|outside|inside|worth|all|each|one|any|none|many|much|some|tune|region|neighbourhood|neighborhood|vicinity|order|excess|upwards|north|equivalent)$/i.test(
      np[np.length - 1] ?? '',
    )
      ? ''
      : np.slice(cut + 1).join(' ');
  if (ofNoun && fig.kind !== 'percent')
    return subject && subject.split(' ').length <= 5 ? `${words(subject, 5)} ${ofNoun}` : ofNoun;
  if (subject && subject.split(' ').length <= 8) return words(subject, 8);
  const prior = /(?:for|of|on|to|from)\s+(?:a |an |the |its |their )?((?:[\w'’-]+\s){0,2}[\w'’-]+)\s*,\s*$/i.exec(
    before,
  );
  if (prior) return prior[1];
  // "46% of Chinese firms have ..., but only 9% saw ...": the share before it in the same sentence.
  if (previous?.sameSentence) return previous.measures;
  return undefined;
}
