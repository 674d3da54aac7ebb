// Sanitising article HTML where there may be no DOM: Chrome's background is a service worker, so the HTML is
// parsed with linkedom and cleaned with the same allowlist sanitiser extraction uses (utils/article).
import { parseHTML } from 'linkedom';
import { sanitizeTree } from '../article/sanitize-tree';

/** The HTML with everything outside extraction's allowlist removed (scripts, handlers, unsafe URLs…). */
export function sanitizeHtml(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const body = document.body as unknown as Element;
  sanitizeTree(body);
  // linkedom nodes serialise themselves with toString(): no innerHTML needed.
  return [...body.childNodes].map((node) => String(node)).join('');
}
