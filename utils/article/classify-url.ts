import type { ReadError } from './types';

const INTERNAL =
  /^(chrome|chrome-extension|moz-extension|about|edge|brave|opera|vivaldi|view-source|devtools|resource|file|data|blob|javascript):/i;

/**
 * Pages Sift cannot read, told apart by URL and content type before any work: browser-internal pages and PDFs.
 * Returns null for an ordinary web page.
 */
export function classifyUrl(url: string, contentType?: string | null): ReadError | null {
  if (
    INTERNAL.test(url) ||
    /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)\//.test(url)
  ) {
    return { kind: 'internal-page', message: 'This is a browser page, which extensions are not allowed to read.' };
  }
  if (contentType === 'application/pdf' || /\.pdf([?#]|$)/i.test(url)) {
    return { kind: 'pdf', message: 'This is a PDF document; Sift reads web articles, not PDF files.' };
  }
  if (!/^https?:/i.test(url)) {
    return { kind: 'internal-page', message: 'Sift reads web pages (http and https addresses) only.' };
  }
  return null;
}
