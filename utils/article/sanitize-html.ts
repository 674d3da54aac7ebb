import { sanitizeTree } from './sanitize-tree';

/** The part of DOMParser the sanitiser needs: browsers, linkedom and happy-dom all have it. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

/**
 * The HTML with everything outside extraction's allowlist removed (scripts, handlers, unsafe URLs…), parsed by the
 * DOM at hand: an extension page's or Firefox's background page's own, Chrome's offscreen document, linkedom in Node.
 */
export function sanitizeHtml(html: string, parser: HtmlParser): string {
  const doc = parser.parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
  const body = doc.body;
  if (!body) return '';
  sanitizeTree(body);
  return body.innerHTML;
}
