import { descendants } from '../clean/descendants';

const LAZY_SRC = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-url',
  'data-hi-res-src',
  'data-lazy',
  'data-echo',
];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER =
  /^(data:image\/(gif|png|svg)|about:blank)|(spacer|blank|placeholder|transparent|pixel|lazy)[^/]*\.(gif|png|svg)/i;

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
    // Browsers with scripting on keep <noscript> as text; parsers without scripting (linkedom) as elements.
    const inner = noscript.querySelector('img');
    const real = inner ? copyImage(doc, inner) : imageFromMarkup(doc, noscript.textContent ?? '');
    if (!real) continue;
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

const IMG_ATTRS = ['src', 'srcset', 'alt', 'width', 'height', 'sizes'];

// The <img> inside <noscript> text, rebuilt from its attributes alone: no HTML parsing of page text, so no
// innerHTML and nothing but an image can come of it.
function imageFromMarkup(doc: Document, markup: string): Element | null {
  const tag = /<img\b[^>]*>/i.exec(markup)?.[0];
  if (!tag) return null;
  const img = doc.createElement('img');
  for (const name of IMG_ATTRS) {
    const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
    const value = m ? (m[2] ?? m[3] ?? m[4] ?? '') : null;
    if (value !== null) img.setAttribute(name, decodeEntities(value));
  }
  return img.getAttribute('src') ? img : null;
}

function copyImage(doc: Document, source: Element): Element | null {
  const img = doc.createElement('img');
  for (const name of IMG_ATTRS) {
    const value = source.getAttribute(name);
    if (value !== null) img.setAttribute(name, value);
  }
  return img.getAttribute('src') ? img : null;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
