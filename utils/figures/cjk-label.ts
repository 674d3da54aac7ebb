// Labels in Chinese and Japanese, which write no spaces: the words between the clause's opening punctuation and the
// figure ("营收同比增长约27%" → "营收增长"), without the other figures of the clause, the linking verbs and adverbs
// that say nothing on their own, and never cut inside a word (Intl.Segmenter's word bounds, where it exists).

// Punctuation that opens a clause, full or half width.
const CLAUSE = /[，。；：！？、,;:!?（）()「」“”]/g;
// Copulas, approximators and prepositions right before a figure: "为", "约", "达到", "将于", "較", "は", "が"…
const BEFORE_FIGURE =
  /(?:约为|约|为|達|达到|达|高达|将于|于|至|到|了|共|逾|超过|近|仅|已|较|比|は|が|を|に|の|で|約)+$/;
// Demonstratives and conjunctions that open a clause: "该公司" is "the company".
const OPENING = /^(?:其中|该|這|这|此|其|而|但|并|並|且|据|據|在|较|較)/;
// Comparison adverbs stuck in the phrase: "营收同比增长" reads "营收增长".
const ADVERB = /同比|环比|環比/g;
const CHANGE = /^(?:增长|下降|上涨|下跌|增加|减少|提高|降低|上升|回落|加快|放缓)$/;
const DIGITS = /[\d.,％%]+[亿億万萬千百兆元円美欧镑个名家人倍辆台吨件次户座所股]*/g;
const MAX = 12;

let words: Intl.Segmenter | null | undefined;
/** Start offsets of the words of `s` (every offset when no segmenter exists). */
function wordStarts(s: string): Set<number> {
  if (words === undefined) words = 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!words) return new Set([...s].map((_, i) => i));
  return new Set([...words.segment(s)].map((w) => w.index));
}

/** The clause's words before a figure at `at` of `sentence`, as one short phrase; '' when none are left. */
export function cjkLabel(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  const bounds = [...before.matchAll(CLAUSE)].map((m) => m.index + 1);
  const tidy = (s: string) =>
    s.replace(DIGITS, '').replace(ADVERB, '').replace(/\s+/g, '').replace(BEFORE_FIGURE, '').replace(OPENING, '');
  let label = tidy(before.slice(bounds.at(-1) ?? 0));
  // "达到45亿元", "同比增长35.2%": a bare verb says what happened; the clause before says to what.
  if ((label.length < 2 || CHANGE.test(label)) && bounds.length)
    label = tidy(before.slice(bounds.at(-2) ?? 0, bounds.at(-1)! - 1)) + label;
  if (label.length > MAX) {
    const starts = wordStarts(label);
    let from = label.length - MAX;
    while (from < label.length && !starts.has(from)) from++;
    label = label.slice(from);
  }
  return label;
}
