// Running text on a page, wherever its markup puts it: <p>, bare <div>s, table cells, captions.
const BLOCK = /^(p|div|td|section|article|blockquote|pre|figcaption|dd|main)$/;
const CHILD_BLOCK =
  /^(p|div|ul|ol|table|section|article|blockquote|pre|figure|h[1-6]|header|footer|nav|aside|form|dl)$/;
const OUTSIDE = /^(nav|header|footer|aside|form|button|select|script|style|noscript|template|li|h[1-6])$/;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;
const SENTENCE_END = /[.!?。！？…:;"”»)]\s*$/;

export interface Prose {
  /** Characters of running text in sentence blocks. */
  chars: number;
  /** How many blocks hold it. */
  blocks: number;
  /** The largest share of those characters under one container (parent or grandparent of the blocks). */
  concentration: number;
  /** Whether the text is mostly CJK, whose sentences are about a third as long. */
  cjk: boolean;
  /** Linked headings in that container: a list of teasers or search results has one per item. */
  linkedHeadings: number;
}

/**
 * Measures a page's running text: leaf blocks (no block children) outside navigation, forms and headings that read
 * as sentences (long enough, end in punctuation, mostly not links), and how much of it one container holds.
 * Unlike Readability's readerable test it counts text in <div>s and short paragraphs.
 */
export function measureProse(doc: Document): Prose {
  const body = doc.body;
  const empty = { chars: 0, blocks: 0, concentration: 0, cjk: false, linkedHeadings: 0 };
  if (!body) return empty;
  const sample = (body.textContent ?? '').slice(0, 20_000);
  const cjk = (sample.match(CJK)?.length ?? 0) > sample.replace(/\s+/g, '').length * 0.3;
  const minChars = cjk ? 15 : 40;
  let chars = 0;
  let blocks = 0;
  const held = new Map<Element, number>();
  const walk = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.localName;
      if (OUTSIDE.test(tag) || child.hasAttribute('hidden')) continue;
      if (!BLOCK.test(tag) || hasBlockChild(child)) {
        walk(child);
        continue;
      }
      const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length < minChars || !SENTENCE_END.test(text)) continue;
      let linked = 0;
      for (const a of child.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      if (linked > text.length * 0.3) continue;
      chars += text.length;
      blocks += 1;
      for (let up = child.parentElement, i = 0; up && i < 2; up = up.parentElement, i++) {
        held.set(up, (held.get(up) ?? 0) + text.length);
      }
    }
  };
  walk(body);
  let best = 0;
  let container = null as Element | null;
  for (const [el, n] of held) {
    // The inner of two equal holders: the outer one adds nothing but a wrapper.
    if (n > best || (n === best && container && container.contains(el))) {
      best = n;
      container = el;
    }
  }
  const linkedHeadings = container?.querySelectorAll('h1 a, h2 a, h3 a, h4 a, a h2, a h3, a h4').length ?? 0;
  return { chars, blocks, concentration: chars ? best / chars : 0, cjk, linkedHeadings };
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (CHILD_BLOCK.test(c.localName)) return true;
  return false;
}
