// Reaching a tab's content script from the popup or the background, injecting it when the tab was opened
// before Sift was installed (or updated): `scripting` + `activeTab`, in Chrome MV3 and in Firefox MV2 (which has had
// the scripting API since 102; Sift asks for 140).
import { browser } from 'wxt/browser';
import { sendMessage, type ProtocolMap } from './protocol';

// Where WXT writes the clean.content entry point.
const CONTENT_JS = '/content-scripts/clean.js';
const CONTENT_CSS = '/content-scripts/clean.css';

/** The tab could not be reached even after injecting: a browser page, a store page, a viewer Sift may not enter. */
export class UnreachableTabError extends Error {
  override name = 'UnreachableTabError';
}

export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] }).catch(() => undefined);
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Sends one protocol message to the tab's content script; when nothing answers, injects the script and tries
 * again for a moment (its listeners register after it reads the site switch). Throws UnreachableTabError.
 */
export async function askTab<K extends keyof ProtocolMap>(
  tabId: number,
  type: K,
  ...data: Parameters<ProtocolMap[K]> extends [] ? [] : [Parameters<ProtocolMap[K]>[0]]
): Promise<ReturnType<ProtocolMap[K]>> {
  const send = () =>
    (sendMessage as (t: K, d: unknown, tab: number) => Promise<ReturnType<ProtocolMap[K]>>)(type, data[0], tabId);
  try {
    return await send();
  } catch {
    // No receiver: inject below.
  }
  try {
    await injectContentScript(tabId);
  } catch (error) {
    throw new UnreachableTabError(String(error));
  }
  let last: unknown;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return await send();
    } catch (error) {
      last = error;
      await pause(50);
    }
  }
  throw new UnreachableTabError(String(last));
}
