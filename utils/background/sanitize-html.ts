// Sanitising article HTML before it is stored, in a real DOM (no DOM library in the service worker, issue 11):
// Firefox's background page and extension pages have DOMParser; Chrome's service worker has none, so it asks an
// offscreen document, which is made on the first save and kept.
import { browser } from 'wxt/browser';
import { sanitizeHtml as sanitizeIn } from '../article/sanitize-html';
import { sendMessage } from '../messaging/protocol';

const OFFSCREEN_URL = '/offscreen.html';
let creating: Promise<void> | null = null;

export async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_URL);
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts.length) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['DOM_PARSER'],
      justification: 'Sanitise article HTML, and read imported pages, with the browser DOM before they are stored',
    })
    .finally(() => (creating = null));
  await creating;
}

/** The HTML with everything outside extraction's allowlist removed. */
export async function sanitizeHtml(html: string): Promise<string> {
  if (typeof DOMParser !== 'undefined') return sanitizeIn(html, new DOMParser());
  await ensureOffscreen();
  const clean = await sendMessage('sanitizeHtml', html);
  if (typeof clean !== 'string') throw new Error('The offscreen sanitiser gave no answer.');
  return clean;
}
