// Confirms a save made without the popup (context menu, shortcut) on the toolbar badge for a few seconds,
// then puts back what was there (the hidden-clutter count).
import { browser } from 'wxt/browser';

const SHOW_MS = 3_000;

function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** "✓" on success, "!" on failure, on the tab's badge; the previous text returns after a few seconds. */
export async function flashSaveBadge(tabId: number, ok: boolean): Promise<void> {
  const action = toolbarAction();
  const before = await action.getBadgeText({ tabId }).catch(() => '');
  await action.setBadgeBackgroundColor({ tabId, color: ok ? '#1a7f37' : '#b42318' });
  await action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  await action.setTitle({ tabId, title: ok ? 'Sift: saved to your library' : 'Sift: could not save this page' });
  setTimeout(() => {
    void (async () => {
      // Only undo our own mark: a new page load or count may have replaced it meanwhile.
      const now = await action.getBadgeText({ tabId }).catch(() => null);
      if (now !== (ok ? '✓' : '!')) return;
      await action.setBadgeBackgroundColor({ tabId, color: '#4b5563' });
      await action.setBadgeText({ tabId, text: before });
      await action.setTitle({ tabId, title: '' });
    })().catch(() => undefined); // the tab may be gone
  }, SHOW_MS);
}
