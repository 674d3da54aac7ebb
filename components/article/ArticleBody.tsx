import DOMPurify, { type Config } from 'dompurify';
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { sanitizeTree } from '../../utils/article/sanitize-tree';

interface Props {
  /** Article HTML from extraction or the library: sanitised there, sanitised again here before it reaches the DOM. */
  html: string;
  /**
   * Stored copies of the article's images by original URL. Given (the library), an image without a stored copy
   * is dropped rather than fetched, so reading a saved article makes no request; absent (popup), URLs stay.
   */
  imageUrls?: Record<string, string>;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | 'auto' | null;
}

// Drop anything that could run or reach out on its own; extraction's allowlist is the first line, this the second.
// DOMPurify's defaults alone keep elements and attributes that load (<table background>, <video>, <audio>: the
// e2e hostile test saw Chromium fetch a table background from the library), so the allowlist runs again after it.
const PURIFY: Config & { RETURN_DOM_FRAGMENT: true } = {
  RETURN_DOM_FRAGMENT: true,
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg', 'math'],
  FORBID_ATTR: ['style', 'srcset', 'sizes'],
};

/**
 * The only place Sift puts article HTML into a page. The HTML is sanitised with DOMPurify against the real window
 * and the extraction allowlist at render time and inserted as nodes (no innerHTML), so a stored or tampered draft
 * can neither run script nor load anything here.
 */
export const ArticleBody = forwardRef<HTMLDivElement | null, Props>(function ArticleBody(
  { html, imageUrls, lang, dir },
  ref,
) {
  const root = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => root.current!, []);

  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const purify = DOMPurify(el.ownerDocument.defaultView!);
    const purified = purify.sanitize(html, PURIFY);
    // Held in DOMPurify's inert document until the end: an <img> adopted into this page starts loading at once,
    // even detached, before its src is swapped for the stored copy (the e2e hostile test saw the request).
    const fragment = purified.ownerDocument.createElement('div');
    fragment.append(purified);
    sanitizeTree(fragment);
    // Images go by src alone (stored copies are keyed by it), whatever DOMPurify did with srcset.
    for (const source of fragment.querySelectorAll('source')) source.remove();
    for (const img of fragment.querySelectorAll('img')) {
      const src = img.getAttribute('src');
      // A src the sanitisers stripped (javascript:, data:) would leave an empty box in the text.
      if (!src) {
        img.remove();
        continue;
      }
      const stored = imageUrls?.[src];
      if (stored) img.setAttribute('src', stored);
      else if (imageUrls) {
        img.remove();
        continue;
      }
      img.removeAttribute('srcset');
      img.removeAttribute('sizes');
      img.setAttribute('loading', 'lazy');
      if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
    }
    // In a popup a followed link would replace the reader: open links beside it.
    for (const a of fragment.querySelectorAll('a[href]')) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
    el.replaceChildren(...fragment.childNodes);
  }, [html, imageUrls]);

  return <div className="sift-body" ref={root} lang={lang ?? undefined} dir={dir ?? undefined} />;
});
