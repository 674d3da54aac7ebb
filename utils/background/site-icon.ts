// The toolbar icon says whether Sift cleans the tab's site: the drawing in colour, or grey where the reader
// switched Sift off (public/icon/off-*.png, made by scripts/icons/make-icons.sh).
import { browser } from 'wxt/browser';
import { isSiteEnabled, watchAllSites } from '../storage/site-settings';

const ON = { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png' };
const OFF = { 16: '/icon/off-16.png', 32: '/icon/off-32.png', 48: '/icon/off-48.png' };

interface IconAction {
  setIcon(details: { tabId: number; path: Record<number, string> }): Promise<void>;
}

/** Sets the tab's icon for its page: grey on an http(s) site the reader switched off, in colour anywhere else. */
export async function updateTabIcon(action: IconAction, tabId: number, url: string | undefined): Promise<void> {
  let off = false;
  try {
    const { protocol, hostname } = new URL(url ?? '');
    off = /^https?:$/.test(protocol) && !(await isSiteEnabled(hostname));
  } catch {
    // No address (a tab Sift may not see) or not a URL: Sift's ordinary icon.
  }
  // A tab closed meanwhile refuses the call; nothing to show then.
  await action.setIcon({ tabId, path: off ? OFF : ON }).catch(() => undefined);
}

/** Keeps every tab's icon in step with its page and with the per-site switch. */
export function registerSiteIcon(): void {
  // MV3 (Chrome) has `action`, MV2 (Firefox) `browserAction`.
  const action = (browser.action ?? browser.browserAction) as unknown as IconAction;
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url || change.status === 'loading') void updateTabIcon(action, tabId, tab.url);
  });
  watchAllSites(async () => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) await updateTabIcon(action, tab.id, tab.url);
    }
  });
}
