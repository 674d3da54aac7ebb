// One-click save, in the background: from the popup (a draft), or from the context menu and the save-page
// shortcut (the extract script is injected into the tab for the draft). Images are fetched here
// (extension origin, host permissions; the library's fetchImages and size caps) and stored with the article.
import { browser } from 'wxt/browser';
import type { ArticleDraft } from '../article/types';
import { fetchImages } from '../library/write/fetch-images';
import { isArticleDraft } from '../messaging/is-article-draft';
import { onMessage, type SaveResult } from '../messaging/protocol';
import { flashSaveBadge } from './save-badge';
import { UnreachableTabError } from '../messaging/ask-tab';
import { extractInTab } from '../messaging/extract-in-tab';
import { t } from '../i18n/t';
import { createLinkMenus } from './save-link';

/** Stores a draft with its images; `updated` when the canonical URL was already in the library. */
export type StoreDraft = (
  draft: ArticleDraft,
  images: ReadonlyMap<string, Blob>,
) => Promise<{ id: string; updated: boolean }>;

export const MENU_ID = 'sift-save-page';
export const COMMAND = 'save-page';

// The library's typed errors already speak to the reader; anything else is named as the database failing.
const READER_ERRORS = ['StorageFullError', 'NewerDatabaseError', 'StorageUnavailableError', 'InvalidRecordError'];

function describe(error: unknown): string {
  if (error instanceof Error && READER_ERRORS.includes(error.name)) return error.message;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (/QuotaExceeded|quota/i.test(message))
    return 'Your browser is out of storage space for Sift; nothing was written.';
  return `The library database is unavailable (${message}).`;
}

export async function saveDraft(draft: unknown, store: StoreDraft): Promise<SaveResult> {
  if (!isArticleDraft(draft)) return { ok: false, error: 'That is not an article Sift can save.' };
  try {
    const images = await fetchImages(draft.images);
    const { id, updated } = await store(draft, images);
    return { ok: true, id, updated };
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

/** Saves what the tab shows, without opening anything, and confirms on the badge. */
export async function saveTab(tabId: number, store: StoreDraft): Promise<SaveResult> {
  let result: SaveResult;
  try {
    // The reader asked for this page explicitly: read it even if it does not look like an article.
    // Read in the tab with its figures in any language (extract-for-save.js), so the worker carries no figure code.
    const read = await extractInTab(tabId, true, 'save');
    result = read.ok ? await saveDraft(read.article, store) : { ok: false, error: read.error.message };
  } catch (error) {
    result = { ok: false, error: error instanceof UnreachableTabError ? 'Sift cannot read this page.' : String(error) };
  }
  await flashSaveBadge(tabId, result.ok).catch(() => undefined);
  return result;
}

/** The listeners registered for the menu item and the shortcut, exposed to tests. */
export interface SavingListeners {
  onMenuClick(info: { menuItemId: string | number }, tab?: { id?: number }): Promise<SaveResult> | undefined;
  onCommand(command: string, tab?: { id?: number }): Promise<SaveResult | undefined>;
}

/** Wires the popup's saveArticle message, the "Save page to Sift" menu item and the save-page shortcut. */
export function registerSaving(store: StoreDraft): void {
  onMessage('saveArticle', ({ data }) => saveDraft(data, store));
  const fromTab = (tabId: number | undefined) => (tabId === undefined ? undefined : saveTab(tabId, store));
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_ID, title: t('menu_save'), contexts: ['page'] });
      createLinkMenus();
    });
  });
  // Named, and returning the save, so a test can check these very functions are the registered listeners and
  // run them with the browser's own event arguments (no driver can click a native menu or press a browser shortcut).
  const onMenuClick = (info: { menuItemId: string | number }, tab?: { id?: number }) =>
    info.menuItemId === MENU_ID ? fromTab(tab?.id) : undefined;
  const onCommand = async (command: string, tab?: { id?: number }) => {
    if (command !== COMMAND) return undefined;
    if (tab?.id !== undefined) return fromTab(tab.id);
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return fromTab(active?.id);
  };
  browser.contextMenus.onClicked.addListener(onMenuClick);
  browser.commands.onCommand.addListener(onCommand);
  // Test builds only (WXT_TEST_HOOKS=1, npm test): the e2e suite clicks the menu through this global. Release
  // builds drop the branch at build time; scripts/check-release.ts proves the zips hold no hook.
  if (import.meta.env.WXT_TEST_HOOKS === '1')
    (globalThis as { siftSaving?: SavingListeners }).siftSaving = { onMenuClick, onCommand };
}
