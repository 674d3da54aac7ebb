import type { ReadError } from './types';

/** Which browser's rules apply; unknown (a CLI, a test) refuses both browsers' stores. */
export type StoreRules = 'chrome' | 'firefox';

/** The store rules of the browser this build is for: Firefox's in a Firefox build, else Chromium's; none unbuilt (CLI). */
export const BUILD_STORES: StoreRules | undefined = import.meta.env
  ? import.meta.env.FIREFOX
    ? 'firefox'
    : 'chrome'
  : undefined;

// Each browser keeps extensions out of its own store only: Chromium the Chrome Web Store (old and new address),
// Firefox addons.mozilla.org (its extensions.webextensions.restrictedDomains). Elsewhere they are ordinary sites.
const CHROME_STORE = /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com)(\/|$)/i;
const FIREFOX_STORE = /^https:\/\/addons\.mozilla\.org(\/|$)/i;

function isStore(url: string, rules?: StoreRules): boolean {
  return (rules !== 'firefox' && CHROME_STORE.test(url)) || (rules !== 'chrome' && FIREFOX_STORE.test(url));
}

const INTERNAL =
  /^(chrome|chrome-extension|moz-extension|about|edge|brave|opera|vivaldi|view-source|devtools|resource|file|data|blob|javascript):/i;

/**
 * Pages Sift cannot read, told apart by URL and content type before any work: browser-internal pages, the browsers'
 * add-on store (`stores`: the browser this runs in) and PDFs.
 * Returns null for an ordinary web page.
 */
export function classifyUrl(url: string, contentType?: string | null, stores?: StoreRules): ReadError | null {
  if (isStore(url, stores)) {
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
