// Toolbar badge: how many elements Sift hid on the tab's page.
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';

/** Badge text for a count: empty for none, capped so it fits the badge. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}

// MV3 (Chrome) has `action`, MV2 (Firefox) `browserAction`; same badge calls.
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** Listens for reportHidden from content scripts and clears the badge when a tab starts loading a new page. */
export function registerBadge(): void {
  onMessage('reportHidden', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || typeof data !== 'number') return;
    const action = toolbarAction();
    await action.setBadgeBackgroundColor({ tabId, color: '#4b5563' });
    await action.setBadgeText({ tabId, text: badgeText(data) });
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void toolbarAction().setBadgeText({ tabId, text: '' });
  });
}
