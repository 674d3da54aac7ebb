// Sentence bounds for plain article text: ". " before a capital or quote, and line breaks. Abbreviations such as
// "Mr.", "U.S." and "Jan." do not end a sentence.
const END_RE = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|etc|Inc|Ltd|Co|Corp|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|[A-Z]))[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])|\n+/g;

/** [start, end) of each sentence in `text`, covering all of it. */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(END_RE)) {
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push([start, end]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
