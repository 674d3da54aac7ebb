// Where the background reads a fetched page: Firefox's background page has DOMParser (the extraction code is
// loaded there on first use); Chrome's service worker has no DOM and asks the offscreen document, as for sanitising.
import type { ExtractResult } from '../../article/types';
import { sendMessage } from '../../messaging/protocol';
import { ensureOffscreen } from '../sanitize-html';
import type { ExtractHtml } from './fetch-article';

export const extractInBackground: ExtractHtml = async (html, url, contentType, force) => {
  // Compiled out of Chrome's worker, which must stay free of the figure tables (issue 11's budget).
  if (import.meta.env.FIREFOX && typeof DOMParser !== 'undefined') {
    const { extractHtml } = await import('./extract-html');
    return extractHtml(html, url, contentType, force);
  }
  await ensureOffscreen();
  const result = (await sendMessage('extractHtml', { html, url, contentType, force })) as ExtractResult | undefined;
  if (!result || typeof result.ok !== 'boolean') throw new Error('The offscreen reader gave no answer.');
  return result;
};
