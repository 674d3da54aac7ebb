// Reaching a tab's content script from the popup or the background, injecting it when the tab was opened
// before Sift was installed (or updated): `scripting` + `activeTab`, in Chrome MV3 and in Firefox MV2 (which has had
// the scripting API since 102; Sift asks for 140).
import { browser } from 'wxt/browser';
import type { ProtocolMap } from './protocol';

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
 * One message to the tab's content script in @webext-core/messaging's wire format ({id, type, data, timestamp} →
 * {res} | {err}), so its onMessage handlers answer as before. Not the library's own sendMessage: 4.0.0 passes
 * tabs.sendMessage a callback that never reads runtime.lastError, so every tab without a receiver (a browser page,
 * a page opened before install) logged "Unchecked runtime.lastError" in Chromium's popup console (issue 14). The
 * promise form rejects instead, which askTab handles.
 */
async function sendToTab(tabId: number, type: string, data: unknown): Promise<unknown> {
  const message = { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
  const reply = (await browser.tabs.sendMessage(tabId, message)) as { res?: unknown; err?: unknown } | undefined;
  if (!reply || typeof reply !== 'object') throw new Error('No response');
  if (reply.err != null) {
    const err = reply.err as { message?: unknown };
    throw new Error(typeof err.message === 'string' ? err.message : String(reply.err));
  }
  return reply.res;
}

/**
 * Sends one protocol message to the tab's content script; when nothing answers, injects the script and tries
 * again for a moment (its listeners register after it reads the site switch). Throws UnreachableTabError.
 */
export async function askTab<K extends keyof ProtocolMap>(
  tabId: number,
  type: K,
  ...data: Parameters<ProtocolMap[K]> extends [] ? [] : [Parameters<ProtocolMap[K]>[0]]
): Promise<ReturnType<ProtocolMap[K]>> {
  const send = async () => (await sendToTab(tabId, type, data[0])) as ReturnType<ProtocolMap[K]>;
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
