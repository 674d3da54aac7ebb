import type { ReadError } from './types';

// The stores' own pages: Chromium refuses extensions on the Chrome Web Store (old and new address), Firefox on
// addons.mozilla.org (its extensions.webextensions.restrictedDomains).
const STORE = /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)(\/|$)/i;

const INTERNAL =
  /^(chrome|chrome-extension|moz-extension|about|edge|brave|opera|vivaldi|view-source|devtools|resource|file|data|blob|javascript):/i;

/**
 * Pages Sift cannot read, told apart by URL and content type before any work: browser-internal pages, the browsers'
 * add-on stores and PDFs.
 * Returns null for an ordinary web page.
 */
export function classifyUrl(url: string, contentType?: string | null): ReadError | null {
  if (STORE.test(url)) {
    return { kind: 'store-page', message: 'This is a store page: browsers do not let extensions read or change it.' };
  }
  if (INTERNAL.test(url)) {
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
