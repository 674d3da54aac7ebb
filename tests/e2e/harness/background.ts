// Run a function in Sift's background context: Chromium's service worker, or Firefox's MV2 background page.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import type { TestBrowser, TestPage } from './browsers.ts';

/**
 * Calls fn(backgroundGlobal, arg) in the background and returns its JSON-cloned result. `extensionPage` is any
 * open extension page of `browser` (Firefox reaches its background page from one). fn is sent as source text, so it
 * may use only its arguments; the driver evaluates it outside the page's CSP.
 */
export async function inBackground<R, A>(
  browser: TestBrowser,
  extensionPage: TestPage,
  fn: (background: typeof globalThis, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  const call = `(${fn.toString()})(__bg__, ${JSON.stringify(arg)})`;
  if (browser.name === 'chromium') {
    const workers = (extensionPage.raw as PwPage).context().serviceWorkers();
    const worker = workers.at(-1);
    if (!worker) throw new Error('no Sift service worker is running');
    const json = await worker.evaluate(`(async (__bg__) => JSON.stringify(await ${call}))(globalThis)`);
    return JSON.parse(json as string) as R;
  }
  const json = await (extensionPage.raw as PpPage).evaluate(
    `(async () => { const __bg__ = await browser.runtime.getBackgroundPage(); return JSON.stringify(await ${call}); })()`,
  );
  return JSON.parse(json as string) as R;
}
