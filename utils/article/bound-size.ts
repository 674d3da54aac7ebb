import { descendants } from '../clean/descendants';
import { locateArticle } from '../clean/locate-article';

/** Past this many elements Readability gets slow enough to stall a tab; the page is cut down first. */
export const MAX_ELEMENTS = 25_000;

const WEIGHTLESS = 'script, style, noscript, template, svg, iframe, link, meta, nav, footer, select, form';

/**
 * Brings a clone under `max` elements: first drop what never holds article text, then keep only the block the
 * locator picks. Returns whether article content may have been cut (partial), or null when even that is too big.
 */
export function boundSize(doc: Document, max: number): { partial: boolean } | null {
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
