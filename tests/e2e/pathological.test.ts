// Pages built to hurt, in both browsers: a 20 MB table after the article, and a page that keeps adding content.
// Sift's main-thread work comes in slices (`sift:slice` measures) that stay near SLICE_MS, and the popup shows the article (marked partial when it had to cut) rather than nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLICE_MS } from '../../utils/content/page-cleaner';
import { giantTablePage, infiniteScrollPage } from '../fixtures/hostile/pages.ts';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { tabIdOf } from './harness/messages.ts';
import { startServer, type StaticServer } from './harness/server.ts';

// A slice checks the clock every 512 elements; one batch may run a little past the deadline.
const SLICE_LIMIT_MS = SLICE_MS + 20;
// On two shared cores a slice now and then runs long (the renderer collecting garbage after a million element
// wrappers, its own layout): measured up to 76 ms, once 643 ms, in Chromium. A hang guard, not a timing claim:
// the slice budget is proven by the median; the bench prints the distribution.
const MAX_SLICE_MS = 1500;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const slices = (page: TestPage) => page.evaluate(() => performance.getEntriesByName('sift:slice').map((e) => e.duration));

describe.each(browserNames)('%s: pathological pages', (name) => {
  let server: StaticServer;
  let browser: TestBrowser;
  let ext: TestPage;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-pathological-'));
    writeFileSync(join(dir, 'table.html'), giantTablePage(20));
    writeFileSync(join(dir, 'scroll.html'), infiniteScrollPage(200));
    server = await startServer({ '/p/': dir });
    browser = await launchBrowser(name);
    ext = await browser.openExtensionPage('library.html');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a 20 MB table: cleaned in short slices, and the popup reads the article, marked partial', async () => {
    const page = await browser.newPage();
    // The browser itself needs most of a minute to parse and lay out 1.4 million table cells on this machine.
    await (page.raw as { goto(url: string, o: object): Promise<unknown> }).goto(server.url('/p/table.html'), { waitUntil: 'domcontentloaded', timeout: 150_000 });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ms'), undefined, 120_000);
    const seen = await slices(page);
    // Before slicing, this page's one pass held the main thread for 4.4 s in Chromium and 10.8 s in Firefox.
    expect(seen.length).toBeGreaterThan(10);
    expect(median(seen)).toBeLessThan(SLICE_LIMIT_MS);
    expect(Math.max(...seen)).toBeLessThan(MAX_SLICE_MS);

    const popup = await browser.openExtensionPage(`popup.html?tab=${await tabIdOf(ext, server.url('/p/table.html'))}`);
    await popup.waitForFunction(() => !!document.querySelector('.sift-article h1') || !!document.querySelector('.sift-status'), undefined, 60_000);
    const shown = await popup.evaluate(() => ({
      title: document.querySelector('.sift-article h1')?.textContent,
      note: document.querySelector('.sift-note')?.textContent,
      status: document.querySelector('.sift-status')?.textContent,
      paragraphs: document.querySelectorAll('.sift-body p').length,
    }));
    expect(shown.title).toBe('A page with a giant table');
    expect(shown.note).toMatch(/read only part of it/);
    expect(shown.paragraphs).toBeGreaterThanOrEqual(6);
    await popup.close();
    await page.close();
  }, 300_000);

  it('a page that keeps adding content: each addition cleaned in its own small pass, the article untouched', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/p/scroll.html'));
    await page.waitForFunction(() => document.querySelectorAll('[id^=ad-]').length >= 25, undefined, 30_000);
    // Give the throttled observer one more window to catch up with the last blocks.
    await new Promise((ok) => setTimeout(ok, 800));
    const state = await page.evaluate(() => {
      const ads = [...document.querySelectorAll('[id^=ad-]')];
      const promos = [...document.querySelectorAll('[id^=promo-]')];
      const hiddenUntil = (els: Element[]) => els.filter((el) => el.closest('[data-sift-hidden]')).length;
      return {
        ads: ads.length,
        adsHidden: hiddenUntil(ads),
        promosHidden: hiddenUntil(promos),
        articleHidden: [...document.querySelectorAll('article p')].filter((p) => p.closest('[data-sift-hidden]')).length,
        passes: performance.getEntriesByName('sift:clean').map((e) => e.duration),
      };
    });
    // Everything but the blocks added in the last throttle window is clean.
    expect(state.adsHidden).toBeGreaterThanOrEqual(state.ads - 3);
    expect(state.promosHidden).toBeGreaterThanOrEqual(state.ads - 3);
    expect(state.articleHidden).toBe(0);
    expect(state.passes.length).toBeGreaterThan(5);
    expect(Math.max(...(await slices(page)))).toBeLessThan(MAX_SLICE_MS);
    await page.close();
  }, 120_000);
});
