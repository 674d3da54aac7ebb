// Extraction in a tab, on demand: the extract script is injected the first time (scripting + activeTab or the
// host permission), then called with `func`, whose return value comes back as plain data in both browsers.
import { browser } from 'wxt/browser';
import type { ExtractResult } from '../article/types';
import { UnreachableTabError } from './ask-tab';
import { EXTRACT_GLOBAL, NOT_INJECTED } from './extract-global';

// Where WXT writes the unlisted script entrypoints/extract.ts.
const EXTRACT_JS = '/extract.js';

// Runs in the tab, serialised: it may use nothing from this module's scope, only its arguments.
function callExtract(name: string, notInjected: string, force: boolean): unknown {
  const extract = (globalThis as Record<string, unknown>)[name];
  return typeof extract === 'function' ? (extract as (force: boolean) => unknown)(force) : notInjected;
}

async function call(tabId: number, force: boolean): Promise<unknown> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: callExtract,
    args: [EXTRACT_GLOBAL, NOT_INJECTED, force],
  });
  return injection?.result;
}

function isExtractResult(value: unknown): value is ExtractResult {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The tab's article (force: even if it does not look like one). Throws UnreachableTabError where Sift may not go. */
export async function extractInTab(tabId: number, force: boolean): Promise<ExtractResult> {
  let result: unknown;
  try {
    result = await call(tabId, force);
    if (result === NOT_INJECTED) {
      await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_JS] });
      result = await call(tabId, force);
    }
  } catch (error) {
    throw new UnreachableTabError(String(error));
  }
  if (!isExtractResult(result)) throw new UnreachableTabError(`extraction gave no result (${String(result)})`);
  return result;
}
