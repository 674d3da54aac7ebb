// The library page as the e2e tests drive it: opened with its test hook, searched as a reader types, rows read.
import type { LibraryTestHook } from '../../../components/library/LibraryApi';
import type { TestBrowser, TestPage } from './browsers.ts';

export type LibraryHooked = typeof globalThis & { siftLibrary?: LibraryTestHook };

/**
 * Opens library.html and waits for its database, and for the list drawn from it (not the stored first screen it may
 * show while the database opens: a test must see what the database holds). Throws with the page's message when the
 * database cannot open.
 */
export async function openLibrary(browser: TestBrowser): Promise<TestPage> {
  const page = await browser.openExtensionPage('library.html');
  await page.waitForFunction(
    () =>
      (!!(globalThis as LibraryHooked).siftLibrary && !document.querySelector('[aria-busy=true]')) ||
      !!document.querySelector('[role=alert]'),
  );
  const refused = await page.evaluate(() =>
    (globalThis as LibraryHooked).siftLibrary ? null : document.body.textContent,
  );
  if (refused) throw new Error(`the library page could not open its database: ${refused}`);
  return page;
}

/** Types into the search box the way a reader does (React listens to input events). */
export async function search(page: TestPage, text: string): Promise<void> {
  await page.evaluate((value) => {
    const box = document.querySelector<HTMLInputElement>('input[type=search]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, value);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

export const rowTitles = (page: TestPage): Promise<string[]> =>
  page.evaluate(() => [...document.querySelectorAll('[role=option]')].map((row) => row.textContent ?? ''));
