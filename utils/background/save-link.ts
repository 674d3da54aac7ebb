// More ways in: "Save link to Sift" on any link (the page fetched and read like an imported link, without opening
// it), and the library from the toolbar button's menu or a shortcut.
import { browser } from 'wxt/browser';
import { t } from '../i18n/t';
import { fetchArticle, type ExtractHtml } from './fetch/fetch-article';
import { flashSaveBadge } from './save-badge';
import type { StoreDraft } from './saving';

export const SAVE_LINK_MENU = 'sift-save-link';
export const OPEN_LIBRARY_MENU = 'sift-open-library';
export const OPEN_LIBRARY_COMMAND = 'open-library';

/** Created beside "Save page to Sift" (saving.ts) once the old menu items are removed on install. */
export function createLinkMenus(): void {
  browser.contextMenus.create({ id: SAVE_LINK_MENU, title: t('savelink_menu'), contexts: ['link'] });
  // MV2 Firefox names the toolbar button's menu browser_action, MV3 action.
  const toolbar = import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action';
  browser.contextMenus.create({ id: OPEN_LIBRARY_MENU, title: t('savelink_open_library'), contexts: [toolbar] });
}

export const openLibraryTab = () => browser.tabs.create({ url: browser.runtime.getURL('/library.html') });

export interface LinkSaveResult {
  ok: boolean;
  /** Why not, as the fetch queue names it (failure.ts), or the store's error. */
  reason?: string;
}

/** Fetches and saves the link's page; the reader chose it, so it is read even if it does not look like an article. */
export async function saveLink(url: string, store: StoreDraft, extract: ExtractHtml): Promise<LinkSaveResult> {
  const got = await fetchArticle(url, { extract, force: true });
  if (!got.ok) return { ok: false, reason: [got.failure.code, got.failure.detail].filter(Boolean).join(' ') };
  try {
    await store(got.draft, got.images);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export interface LinkListeners {
  onMenuClick(
    info: { menuItemId: string | number; linkUrl?: string },
    tab?: { id?: number },
  ): Promise<LinkSaveResult | unknown> | undefined;
  onCommand(command: string): Promise<unknown> | undefined;
}

export function registerLinkSaving(store: StoreDraft, extract: ExtractHtml): LinkListeners {
  const onMenuClick: LinkListeners['onMenuClick'] = (info, tab) => {
    if (info.menuItemId === OPEN_LIBRARY_MENU) return openLibraryTab();
    if (info.menuItemId !== SAVE_LINK_MENU || !info.linkUrl) return undefined;
    return saveLink(info.linkUrl, store, extract).then(async (result) => {
      // The mark goes on the tab the link was in: the reader stays on their page.
      if (tab?.id !== undefined) await flashSaveBadge(tab.id, result.ok).catch(() => undefined);
      return result;
    });
  };
  const onCommand = (command: string) => (command === OPEN_LIBRARY_COMMAND ? openLibraryTab() : undefined);
  browser.contextMenus.onClicked.addListener(onMenuClick);
  browser.commands.onCommand.addListener(onCommand);
  return { onMenuClick, onCommand };
}
