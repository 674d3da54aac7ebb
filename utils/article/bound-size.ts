import { descendants } from '../clean/descendants';
import { locateArticle } from '../clean/locate-article';

/** Past this many elements Readability gets slow enough to stall a tab; the page is cut down first. */
export const MAX_ELEMENTS = 25_000;

/** Readability's cost grows with depth times size: 2,000 nested divs take it 45 s, 5,000 hang a tab. */
export const MAX_DEPTH = 200;

const WEIGHTLESS = 'script, style, noscript, template, svg, iframe, link, meta, nav, footer, select, form';

/**
 * Brings a clone under `max` elements: first drop what never holds article text, then keep only the block the
 * locator picks. Returns whether article content may have been cut (partial), or null when even that is too big.
 */
export function boundSize(doc: Document, max: number): { partial: boolean } | null {
  if (doc.body) flattenDeepNesting(doc.body, MAX_DEPTH);
  const count = () => (doc.documentElement ? descendants(doc.documentElement).length : 0);
  if (count() <= max) return { partial: false };
  for (const el of [...doc.querySelectorAll(WEIGHTLESS)]) el.remove();
  if (count() <= max) return { partial: false };
  const located = locateArticle(doc);
  const body = doc.body;
  if (!located || !body) return null;
  const keep = located.root;
  body.replaceChildren(keep);
  if (count() <= max) return { partial: true };
  // Still too big: keep the first `max` elements of the article's block, the part a reader starts with.
  let seen = 0;
  const prune = (el: Element) => {
    for (const child of [...el.children]) {
      if (seen >= max) child.remove();
      else {
        seen += 1;
        prune(child);
      }
    }
  };
  prune(keep);
  return count() <= max * 1.1 ? { partial: true } : null;
}

const LEAF_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'pre',
  'blockquote',
  'table',
  'figure',
  'img',
  'ul',
  'ol',
]);

/**
 * Nesting past `maxDepth` holds no meaning a reader sees: lift the blocks found below that depth up to it,
 * in order, and drop the empty wrappers between. Text is kept; only the pointless depth goes.
 */
export function flattenDeepNesting(root: Element, maxDepth: number): void {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth >= maxDepth) {
      const blocks = outermostBlocks(el);
      if (blocks.length) el.replaceChildren(...blocks);
      continue;
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push([child, depth + 1]);
  }
}

function outermostBlocks(root: Element): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [...root.children].reverse();
  while (stack.length) {
    const el = stack.pop()!;
    if (LEAF_BLOCKS.has(el.localName)) found.push(el);
    else for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return found;
}
