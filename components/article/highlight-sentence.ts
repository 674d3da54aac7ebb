// Marks a figure's sentence in the rendered article: the body's text is searched with whitespace collapsed
// (the draft's text and the DOM's text differ in line breaks), and each text node the match touches is split
// and its part wrapped in <mark>, so no HTML is ever written.

export const MARK_CLASS = 'sift-highlight';

/** Removes earlier highlights, leaving the text nodes as they were. */
export function clearHighlights(root: Element): void {
  for (const mark of [...root.querySelectorAll(`mark.${MARK_CLASS}`)]) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

interface Span {
  node: Text;
  /** Offset in the collapsed text where this node's collapsed text starts. */
  from: number;
  /** For each collapsed character of the node, its offset in node.data. */
  offsets: number[];
}

function collapsedText(root: Element): { text: string; spans: Span[] } {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const spans: Span[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const offsets: number[] = [];
    const from = text.length;
    for (let i = 0; i < node.data.length; i++) {
      const ch = node.data[i]!;
      if (/\s/.test(ch)) {
        if (text.endsWith(' ') || text === '') continue;
        text += ' ';
      } else text += ch;
      offsets.push(i);
    }
    spans.push({ node, from, offsets });
  }
  return { text, spans };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Highlights the first occurrence of `sentence` (or, failing that, of `fallback`, e.g. the figure's own text)
 * under `root`. Returns the first <mark>, to scroll to, or null when neither is found.
 */
export function highlightSentence(root: Element, sentence: string, fallback?: string): HTMLElement | null {
  clearHighlights(root);
  const { text, spans } = collapsedText(root);
  let needle = collapse(sentence);
  let start = needle ? text.indexOf(needle) : -1;
  if (start < 0 && fallback) {
    needle = collapse(fallback);
    start = needle ? text.indexOf(needle) : -1;
  }
  if (start < 0) return null;
  const end = start + needle.length;
  let first: HTMLElement | null = null;
  for (const span of spans) {
    const count = span.offsets.length;
    if (!count || span.from >= end || span.from + count <= start) continue;
    const a = span.offsets[Math.max(0, start - span.from)]!;
    const b = span.offsets[Math.min(count, end - span.from) - 1]! + 1;
    const middle = span.node.splitText(a);
    middle.splitText(b - a);
    const mark = root.ownerDocument.createElement('mark');
    mark.className = MARK_CLASS;
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    first ??= mark;
  }
  return first;
}
