// Scroll locks an overlay leaves behind, from any source (the site's stylesheet, a pinned body, touch-action), in
// real Chromium and Firefox: lifted once Sift hides the overlay, kept when Sift hid no overlay, back on undo.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { sendToContent } from './harness/messages.ts';
import { startServer, type StaticServer } from './harness/server.ts';

const article = Array.from(
  { length: 30 },
  (_, i) =>
    `<p>Part ${i}: the ferry operator said on Monday that crossings to the islands would run twice an hour from May, ` +
    `after a winter in which storms cancelled one sailing in five and left islanders waiting on the quay.</p>`,
).join('\n');

const page = (style: string, bodyClass: string, overlay: string) => `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>Ferries to run twice an hour</title><meta property="og:type" content="article">
<style>${style}</style></head><body class="${bodyClass}">
${overlay}
<article><h1>Ferries to run twice an hour from May</h1>${article}</article>
<div class="ad-slot" id="ad-foot"><span>Advertisement</span></div></body></html>`;

const cookieOverlay = `<div class="cookie-consent-overlay" style="position:fixed;inset:0;background:rgba(0,0,0,.5)">
<div>We use cookies to improve your experience. <button>Accept all</button></div></div>`;

function writePages(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sift-scroll-'));
  // The lock in the site's stylesheet, nothing inline and no lock class Sift knows by name.
  writeFileSync(join(dir, 'stylesheet-lock.html'), page('body { overflow: hidden }', '', cookieOverlay));
  // A scroll-lock library's pinned body: fixed at the reader's scroll position, touch scrolling off.
  writeFileSync(
    join(dir, 'pinned-body.html'),
    page(
      'body.pinned { position: fixed; top: -600px; left: 0; right: 0; touch-action: none }',
      'pinned',
      cookieOverlay,
    ),
  );
  // The page locks scrolling on purpose (its own open menu) and Sift hides no overlay: the lock stays.
  writeFileSync(join(dir, 'own-lock.html'), page('body { overflow: hidden }', '', ''));
  return dir;
}

describe.each(browserNames)('%s: scroll locks', (name) => {
  let browser: TestBrowser;
  let server: StaticServer;
  let ext: TestPage;
  let open: TestPage[] = [];

  beforeAll(async () => {
    server = await startServer({ '/scroll/': writePages() });
    browser = await launchBrowser(name);
    ext = await browser.openExtensionPage('popup.html');
  });
  afterEach(async () => {
    for (const p of open) await p.close();
    open = [];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openCleaned(path: string): Promise<TestPage> {
    const tab = await browser.newPage();
    open.push(tab);
    await tab.goto(server.url(path));
    await tab.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ms'));
    return tab;
  }

  /**
   * Whether a reader can scroll the page: the viewport's overflow (html's, or body's when html leaves it visible)
   * lets them, and there is more page than window. Scripts can scroll a locked page, so scrollBy proves nothing.
   */
  const scrolls = (tab: TestPage) =>
    tab.evaluate(() => {
      const html = getComputedStyle(document.documentElement).overflowY;
      const viewport = html === 'visible' ? getComputedStyle(document.body).overflowY : html;
      const pinned = getComputedStyle(document.body).position === 'fixed';
      return (
        viewport !== 'hidden' && viewport !== 'clip' && !pinned && document.documentElement.scrollHeight > innerHeight
      );
    });

  it('scrolls after cleaning a page whose stylesheet says body { overflow: hidden }, and is locked again on undo', async () => {
    const tab = await openCleaned('/scroll/stylesheet-lock.html');
    expect(
      await tab.evaluate(() => document.querySelector('.cookie-consent-overlay')!.getAttribute('data-sift-hidden')),
    ).toBeTruthy();
    expect(await tab.evaluate(() => getComputedStyle(document.body).overflowY)).toBe('auto');
    expect(await scrolls(tab)).toBe(true);
    await sendToContent(ext, 'showEverything');
    expect(await tab.evaluate(() => getComputedStyle(document.body).overflowY)).toBe('hidden');
    expect(await scrolls(tab)).toBe(false);
  });

  it("unpins a fixed body at the reader's place and lets touch scroll again", async () => {
    const tab = await openCleaned('/scroll/pinned-body.html');
    const state = await tab.evaluate(() => ({
      position: getComputedStyle(document.body).position,
      touch: getComputedStyle(document.body).touchAction,
      y: Math.round(window.scrollY),
    }));
    expect(state).toEqual({ position: 'static', touch: 'auto', y: 600 });
    expect(await scrolls(tab)).toBe(true);
  });

  it('leaves a lock alone when Sift hid no overlay', async () => {
    const tab = await openCleaned('/scroll/own-lock.html');
    expect(await tab.evaluate(() => document.querySelector('#ad-foot')!.hasAttribute('data-sift-hidden'))).toBe(true);
    expect(await tab.evaluate(() => getComputedStyle(document.body).overflowY)).toBe('hidden');
    expect(await scrolls(tab)).toBe(false);
  });
});
