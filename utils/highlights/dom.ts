// Highlights in a rendered article: offsets over the body's text content, and <mark> elements wrapped around
// the text nodes a highlight covers. Nodes are split and moved, never written as HTML, so the sanitised view
// stays exactly the sanitised view (the same way components/article/highlight-sentence.ts marks a figure).

export const HL_CLASS = 'sift-hl';

interface Piece {
  node: Text;
  /** Offset of node's first character in the root's text content. */
  start: number;
}

/** The text nodes under root in document order with their offsets; `text` equals root.textContent. */
export function textIndex(root: Node): { text: string; pieces: Piece[] } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const pieces: Piece[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    pieces.push({ node, start: text.length });
    text += node.data;
  }
  return { text, pieces };
}

/** The offset in root's text content of a DOM boundary point (a Range's start or end). */
export function offsetOf(root: Node, container: Node, offset: number, pieces = textIndex(root).pieces): number | null {
  if (!root.contains(container)) return null;
  if (container.nodeType === 3) {
    const piece = pieces.find((p) => p.node === container);
    return piece ? piece.start + offset : null;
  }
  // An element boundary: the text of every node before child `offset` of container (or before its end).
  const child = container.childNodes[offset] ?? null;
  const FOLLOWING = 4;
  const before = (t: Text) =>
    child
      ? t !== child && !child.contains(t) && (t.compareDocumentPosition(child) & FOLLOWING) !== 0
      : container.contains(t) || (t.compareDocumentPosition(container) & FOLLOWING) !== 0;
  let total = 0;
  for (const p of pieces) if (before(p.node)) total = p.start + p.node.data.length;
  return total;
}

/** The [start, end) offsets of a range inside root, or null when it is collapsed or reaches outside root. */
export function rangeOffsets(root: Node, range: Range): { start: number; end: number } | null {
  const { pieces } = textIndex(root);
  const start = offsetOf(root, range.startContainer, range.startOffset, pieces);
  const end = offsetOf(root, range.endContainer, range.endOffset, pieces);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/**
 * Wraps text content [start, end) in <mark class="sift-hl ..."> elements, one per text node it touches (a
 * highlight across paragraphs or links is several marks). Whitespace-only pieces between blocks are left alone.
 * Returns the marks in order.
 */
export function wrapRange(
  root: Node,
  start: number,
  end: number,
  decorate: (mark: HTMLElement) => void,
): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  for (const { node, start: from } of textIndex(root).pieces) {
    const to = from + node.data.length;
    if (to <= start || from >= end) continue;
    const a = Math.max(0, start - from);
    const b = Math.min(node.data.length, end - from);
    if (!node.data.slice(a, b).trim()) continue;
    // New text nodes rather than splitText: linkedom (exports in Node) has no splitText.
    const parent = node.parentNode!;
    const mark = doc.createElement('mark');
    decorate(mark);
    if (a > 0) parent.insertBefore(doc.createTextNode(node.data.slice(0, a)), node);
    mark.appendChild(doc.createTextNode(node.data.slice(a, b)));
    parent.insertBefore(mark, node);
    if (b < node.data.length) node.data = node.data.slice(b);
    else parent.removeChild(node);
    marks.push(mark);
  }
  return marks;
}

/** Removes every highlight mark under root, joining the text back. */
export function unwrapHighlights(root: Element): void {
  for (const mark of [...root.querySelectorAll(`mark.${HL_CLASS}`)]) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}
