import { descendants } from '../clean/descendants';

const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-lazy', 'data-echo'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER = /^(data:image\/(gif|png|svg)|about:blank)|(spacer|blank|placeholder|transparent|pixel|lazy)[^/]*\.(gif|png|svg)/i;

/**
 * Makes lazy-loaded images real on a clone: `data-src`/`data-srcset` and friends become `src`/`srcset`, and an
 * image inside `<noscript>` replaces the placeholder before it, so the article keeps its pictures.
 */
export function fixLazyImages(doc: Document): void {
  const all = doc.body ? descendants(doc.body) : [];
  for (const img of all) {
    if (img.localName !== 'img' && img.localName !== 'source') continue;
    const src = img.getAttribute('src') ?? '';
    if (!src || PLACEHOLDER.test(src)) {
      const lazy = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !PLACEHOLDER.test(v));
      if (lazy) img.setAttribute('src', lazy);
    }
    if (!img.getAttribute('srcset')) {
      const lazySet = LAZY_SRCSET.map((a) => img.getAttribute(a)).find(Boolean);
      if (lazySet) img.setAttribute('srcset', lazySet);
    }
  }
  for (const noscript of all) {
    if (noscript.localName !== 'noscript') continue;
    const markup = noscript.textContent ?? '';
    if (!/<img\b/i.test(markup)) continue;
    const holder = doc.createElement('div');
    holder.innerHTML = markup; // parsed in the inert clone: no script runs, no image loads
    const real = holder.querySelector('img');
    if (!real?.getAttribute('src')) continue;
    const prev = noscript.previousElementSibling;
    const placeholder = prev?.tagName === 'IMG' ? prev : prev?.querySelector('img');
    if (placeholder && (!placeholder.getAttribute('src') || PLACEHOLDER.test(placeholder.getAttribute('src')!))) {
      placeholder.replaceWith(real);
      noscript.remove();
    } else if (!placeholder) {
      noscript.replaceWith(real);
    }
  }
}
