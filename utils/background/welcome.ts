// The welcome page opens once, when Sift is first installed: never on an update or a browser update, which would
// open a tab the reader did not ask for every few weeks.
import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html';

/** Opens the welcome page for a first install; returns whether it did. */
export async function welcomeOnInstall(details: { reason: string }): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  return true;
}

/** Registers the listener. Test builds expose it instead: every e2e session is a fresh install, and a welcome tab
 *  opening in each would take the place of the tab a test drives (tests/e2e/welcome.test.ts runs it on purpose). */
export function registerWelcome(): void {
  const onInstalled = (details: { reason: string }) => void welcomeOnInstall(details).catch(() => undefined);
  if (import.meta.env.WXT_TEST_HOOKS === '1') {
    (globalThis as { siftWelcome?: typeof welcomeOnInstall }).siftWelcome = welcomeOnInstall;
    return;
  }
  browser.runtime.onInstalled.addListener(onInstalled);
}
