// The popup's harder states, in both browsers: PDFs (by address and by content type), and a page opened before
// Sift was installed.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserNames, launchBrowser, type TestBrowser } from './harness/browsers.ts';
import { writeGeneratedPages } from './harness/generated-pages.ts';
import { tabIdOf } from './harness/messages.ts';
import { launchWithoutSift, type LateInstallBrowser } from './harness/late-install.ts';
import { repoRoot, startServer, type StaticServer } from './harness/server.ts';
import { useExtensionSession } from './harness/session.ts';

describe.each(browserNames)('%s: popup states', (name) => {
  const s = useExtensionSession(name, () => ({ '/gen/': writeGeneratedPages() }));

  it.each(['/gen/report.pdf', '/gen/document'])('says a PDF is a PDF (%s), with nothing to save', async (path) => {
    const page = await s.browser.newPage();
    s.closeAfterTest(page);
    // A PDF viewer's load event is its own affair in each browser: commit is enough, the tab's address is what counts.
    await page.goto(s.server.url(path), 'domcontentloaded').catch(() => undefined);
    let tabId = -1;
    for (let i = 0; i < 100 && tabId < 0; i++) {
      tabId = await tabIdOf(s.ext, s.server.url(path));
      if (tabId < 0) await new Promise((ok) => setTimeout(ok, 100));
    }
    expect(tabId).toBeGreaterThanOrEqual(0);
    const popup = await s.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    s.closeAfterTest(popup);
    await popup.waitForFunction(() => !!document.querySelector('.sift-status'));
    const state = await popup.evaluate(() => ({
      state: document.querySelector('.sift-status')?.getAttribute('data-state'),
      text: document.querySelector('.sift-status')?.textContent,
      saveShown: !!document.querySelector('.sift-save'),
    }));
    expect(state.state).toBe('pdf');
    expect(state.text).toMatch(/PDF/);
    // Nothing to save: the popup shows no Save at all (only controls that mean something on that page).
    expect(state.saveShown).toBe(false);
  });
});

describe.each(browserNames)('%s: a page opened before Sift was installed', (name) => {
  let server: StaticServer;
  let late: LateInstallBrowser;

  beforeAll(async () => {
    server = await startServer({ '/pages/': join(repoRoot, 'tests/fixtures/pages') });
    late = await launchWithoutSift(name);
  });
  afterAll(async () => {
    await late?.close();
    await server?.stop();
  });

  it('the popup reads it, injecting the content script where the browser did not', async () => {
    const url = server.url('/pages/seed-deepseek-china-ai/source.html');
    const page = await late.newPage();
    await page.goto(url);
    await late.install();
    const ext = await late.openExtensionPage('library.html');
    // Chromium leaves open tabs alone on install (the popup must inject); Firefox injects declared content scripts
    // into them itself, which this records rather than assumes.
    await new Promise((ok) => setTimeout(ok, 500));
    const cleanedBefore = await page.evaluate(() => document.documentElement.hasAttribute('data-sift-ms'));
    if (name === 'chromium') expect(cleanedBefore).toBe(false);
    const popup = await late.openExtensionPage(`popup.html?tab=${await tabIdOf(ext, url)}`);
    await popup.waitForFunction(
      () => !!document.querySelector('.sift-article h1') || !!document.querySelector('.sift-status'),
    );
    expect(await popup.evaluate(() => document.querySelector('.sift-article h1')?.textContent)).toMatch(/DeepSeek/);
    expect(await popup.evaluate(() => document.querySelectorAll('.sift-figure').length)).toBeGreaterThan(3);
    // The injected script cleans the page as the declared one would.
    await page.waitForFunction(() => document.querySelectorAll('[data-sift-hidden]').length > 0);
  });
});

// Firefox with every window private and IndexedDB refused there (dom.indexedDB.privateBrowsing.enabled=false, how
// private windows behaved before Firefox 115 and how some hardened profiles still do): the library cannot open.
describe('firefox: a private window that refuses IndexedDB', () => {
  let server: StaticServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startServer({ '/pages/': join(repoRoot, 'tests/fixtures/pages') });
    browser = await launchBrowser('firefox', {
      prefs: { 'browser.privatebrowsing.autostart': true, 'dom.indexedDB.privateBrowsing.enabled': false },
      allowPrivate: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the library says why it cannot open; the page is still cleaned and the clean view still works; saving says why not', async () => {
    const library = await browser.openExtensionPage('library.html');
    await library.waitForFunction(() => !!document.querySelector('[role=alert]'));
    expect(await library.evaluate(() => document.querySelector('[role=alert]')?.textContent)).toMatch(
      /cannot open your library.*private browsing/s,
    );

    const url = server.url('/pages/seed-deepseek-china-ai/source.html');
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll('[data-sift-hidden]').length > 0);
    const popup = await browser.openExtensionPage(`popup.html?tab=${await tabIdOf(library, url)}`);
    await popup.waitForFunction(() => !!document.querySelector('.sift-article h1'));
    expect(await popup.evaluate(() => document.querySelectorAll('.sift-figure').length)).toBeGreaterThan(3);

    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.sift-save')!.click());
    await popup.waitForFunction(() => !!document.querySelector('.sift-error'));
    expect(await popup.evaluate(() => document.querySelector('.sift-error')?.textContent)).toMatch(
      /^Not saved: .*does not allow Sift to store articles/,
    );
    // Nothing else broke: the article is still shown.
    expect(await popup.evaluate(() => document.querySelector('.sift-article h1')?.textContent)).toMatch(/DeepSeek/);
  });
});
