// Sentence bounds for plain article text. Intl.Segmenter (ICU) knows every script's terminators ("。", "！", "?")
// and keeps "U.S.", "Jan. 5" and "p.m. when" whole, but Node 20's ICU ends a sentence after "Mr.", "Dr.", "St.",
// "z. B." and "3 Mio.", so those segments are joined back. It is slow: about 0.45 ms per 1,000 words on the bench's
// English articles (a third of the figures budget), 8 ms on a 15,000-word paragraph. So it runs per paragraph, only
// on paragraphs with letters outside the Latin script; Latin paragraphs, very long ones and runtimes without it use
// the regex splitter, which knows the same abbreviations.
const ABBREVIATIONS =
  'Mr|Mrs|Ms|Dr|Prof|St|Ste|Jr|Sr|Gen|Gov|Sen|Rep|Rev|Lt|Col|Sgt|Capt|Cmdr|Adm|Hon|Pres|Supt|Insp|Det|Fr|Mt|Ft|' +
  'vs|etc|' +
  'Inc|Ltd|Co|Corp|Bros|No|Nos|Nr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|ca|bzw|Mio|Mrd|Md|' +
  'Bd|Abs|Art|Hr|Mme|Mlle|Sra|Srta|Dña|Dott|Sig|Ing|Avv|Pag|pág|p|pp|vol|fig|ed|eds|U\\.S|U\\.K|[A-Za-z]';
const ABBREVIATION_END = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS})\\.$`);
const END_RE = new RegExp(
  `(?<!\\b(?:${ABBREVIATIONS}))[.!?]["'”’)]*\\s+(?=["'“‘(]?[\\p{Lu}0-9])|[。！？]+["'”’」』)）]*\\s*|\\n+`,
  'gu',
);
const SEGMENTER_LIMIT = 3000;
// Greek to Indic, and CJK to the half-width forms: scripts with terminators of their own or no spaces.
const OTHER_SCRIPT = /[\u0370-\u1fff\u2e80-\uffef]/;

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    const has = typeof Intl !== 'undefined' && 'Segmenter' in Intl;
    segmenter = has ? new Intl.Segmenter(undefined, { granularity: 'sentence' }) : null;
  }
  return segmenter;
}

/** Pushes [start, end) of a piece of text without its surrounding blanks, if anything is left. */
function push(out: [number, number][], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
}

function splitWithRegex(text: string, from: number, to: number, out: [number, number][]): void {
  let start = from;
  END_RE.lastIndex = 0;
  const part = text.slice(from, to);
  for (const m of part.matchAll(END_RE)) {
    const end = from + m.index + m[0].trimEnd().length;
    push(out, text, start, end);
    start = from + m.index + m[0].length;
  }
  push(out, text, start, to);
}

function splitWithSegmenter(seg: Intl.Segmenter, text: string, from: number, to: number, out: [number, number][]) {
  let start = from;
  for (const s of seg.segment(text.slice(from, to))) {
    const end = from + s.index + s.segment.length;
    // "Mr. Smith", "z. B.", "3 Mio. Euro": ICU ended the sentence at an abbreviation or an initial.
    if (end < to && ABBREVIATION_END.test(text.slice(Math.max(start, end - 12), end).trimEnd())) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, to);
}

/**
 * [start, end) of each sentence in `text`, in order, without the blanks between them. Line breaks always end a
 * sentence; within a paragraph Intl.Segmenter decides, with abbreviations ("Mr.", "Jan.", "Mio.") kept whole.
 */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  const seg = getSegmenter();
  let from = 0;
  for (const m of text.matchAll(/\n+|$/g)) {
    const to = m.index;
    if (to > from) {
      if (seg && to - from <= SEGMENTER_LIMIT && OTHER_SCRIPT.test(text.slice(from, to))) {
        splitWithSegmenter(seg, text, from, to, out);
      } else splitWithRegex(text, from, to, out);
    }
    from = to + m[0].length;
    if (!m[0]) break;
  }
  return out;
}
