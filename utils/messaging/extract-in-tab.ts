// Extraction in a tab, on demand (entrypoints/extract.ts, injected the first time the popup opens or a save asks).
import type { ExtractResult } from '../article/types';
import { UnreachableTabError } from './ask-tab';
import { callInTab } from './call-in-tab';
import { EXTRACT_FOR_SAVE_GLOBAL, EXTRACT_GLOBAL } from './extract-global';

function isExtractResult(value: unknown): value is ExtractResult {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * The tab's article (force: even if it does not look like one): for the popup without figures (it adds them), for
 * a save from the menu or shortcut with them. Throws UnreachableTabError where Sift may not go.
 */
export async function extractInTab(
  tabId: number,
  force: boolean,
  purpose: 'view' | 'save' = 'view',
): Promise<ExtractResult> {
  const result =
    purpose === 'save'
      ? await callInTab(tabId, '/extract-for-save.js', EXTRACT_FOR_SAVE_GLOBAL, null, [force])
      : await callInTab(tabId, '/extract.js', EXTRACT_GLOBAL, null, [force]);
  if (!isExtractResult(result)) throw new UnreachableTabError(`extraction gave no result (${String(result)})`);
  return result;
}
