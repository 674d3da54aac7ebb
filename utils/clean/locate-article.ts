import { descendants } from './descendants';

/** The article as the cheap locator sees it: its container and the paragraphs that carry its text. */
export interface ArticleLocation {
  root: Element;
  paragraphs: Element[];
  /** Characters of text in `paragraphs`. */
  chars: number;
}

const MIN_PARAGRAPH_CHARS = 80;

/**
 * Finds the element holding the main text with a one-pass, Readability-like paragraph score
 * (text length and commas credited to parent and grandparent). Cheap enough for the live page, where full
 * Readability would cost tens of milliseconds; it only has to be good enough to protect the text.
 */
export function locateArticle(doc: Document): ArticleLocation | null {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  const credit = (el: Element | null, points: number) => {
    if (el && el !== doc.documentElement) scores.set(el, (scores.get(el) ?? 0) + points);
  };
  const blocks = textBlocks(body);
  for (const block of blocks) {
    const text = block.textContent ?? '';
    if (text.length < 25) continue;
    const points = 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    credit(block.parentElement, points);
    credit(block.parentElement?.parentElement ?? null, points / 2);
  }
  let root: Element | null = null;
  let best = 0;
  for (const [el, score] of scores) {
    if (score > best) {
      best = score;
      root = el;
    }
  }
  if (!root) return null;
  // A wrapper that holds the winner and sibling blocks of nearly the same weight is the real container.
  const parent = root.parentElement;
  if (parent && parent !== body && (scores.get(parent) ?? 0) >= best * 0.9) root = parent;
  const paragraphs = blocks.filter((p) => root!.contains(p) && (p.textContent?.length ?? 0) >= MIN_PARAGRAPH_CHARS);
  if (paragraphs.length === 0 && (root.textContent?.length ?? 0) >= MIN_PARAGRAPH_CHARS) paragraphs.push(root);
  const chars = paragraphs.reduce((sum, p) => sum + (p.textContent?.length ?? 0), 0);
  return { root, paragraphs, chars };
}

// Paragraph-like blocks; one tag-name walk, which is much cheaper than a selector list on big pages.
function textBlocks(body: Element): Element[] {
  const blocks: Element[] = [];
  for (const el of descendants(body)) {
    const tag = el.localName;
    if (tag === 'p' || tag === 'pre' || tag === 'blockquote') blocks.push(el);
  }
  return blocks;
}
