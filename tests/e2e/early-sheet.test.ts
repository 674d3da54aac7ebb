// The early stylesheet in real Chromium and Firefox: list clutter and Sift's plain-selector clutter are hidden
// before the page paints (a page script placed right after them already sees them hidden), the article stays in
// view even when a list rule names its box, and nothing of it applies on front pages, non-articles or sites off.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FilterListGeneric } from '../../utils/clean/filter-list';
import { EARLY_ATTR } from '../../utils/content/early-attr';
import { SITE_SETTINGS_KEY, siteKey } from '../../utils/storage/site-settings';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { repoRoot, startServer, type StaticServer } from './harness/server.ts';
import { storageSet } from './harness/storage.ts';

// Two class names of the bundled lists' generic rules (the build needs webext-ublock-origin-chromium, as CI has).
const generic = JSON.parse(
  readFileSync(join(repoRoot, 'generated/filter-lists/generic.json'), 'utf8'),
) as FilterListGeneric;
const [listClass, articleClass] = generic.classes.filter((c) => /^[a-z][\w-]*$/i.test(c));

const paragraphs = Array.from(
  { length: 24 },
  (_, i) =>
    `<p>Part ${i}: the water board said on Thursday that the reservoir had reached 71 per cent of its capacity, ` +
    `up from 48 per cent in March, after the wettest autumn in the valley since records began in 1911.</p>`,
).join('\n');

// An inline script right after the clutter reads its display while the parser is there: before the first paint.
const page = (title: string, type = 'article') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title}</title><meta property="og:type" content="${type}"></head><body>
<div class="${listClass}" id="list-ad">Sponsored: the best mortgage rates this week, compared for you</div>
<div data-ad-slot="1234" id="own-ad">Advertisement</div>
<div class="share" id="own-share"><a href="/share">Share on Mastodon</a></div>
<aside class="related" id="own-rail"><a href="/dam">Dam works</a><p>A teaser that is a paragraph waits for the guard.</p></aside>
<script>window.seenWhileParsing = ['list-ad', 'own-ad', 'own-share', 'own-rail'].map((id) => getComputedStyle(document.getElementById(id)).display);</script>
<main><article class="${articleClass}" id="story"><h1>${title}</h1>${paragraphs}</article></main>
</body></html>`;

function writePages(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sift-early-'));
  mkdirSync(join(dir, 'news'));
  writeFileSync(join(dir, 'news', 'reservoir-full.html'), page('Reservoir at 71 per cent after wet autumn'));
  // A front page that does not declare an article (one that does is read as one, at idle).
  writeFileSync(join(dir, 'index.html'), page('Front page', 'website'));
  writeFileSync(
    join(dir, 'news', 'short.html'),
    `<!doctype html><html><head><title>Contact</title></head><body><div class="${listClass}" id="list-ad">Ad</div>
<p>Write to us.</p></body></html>`,
  );
  return dir;
}

describe.each(browserNames)('%s: the early stylesheet', (name) => {
  let browser: TestBrowser;
  let server: StaticServer;
  let ext: TestPage;
  let open: TestPage[] = [];

  beforeAll(async () => {
    server = await startServer({ '/': writePages() });
    browser = await launchBrowser(name);
    ext = await browser.openExtensionPage('popup.html');
  });
  afterEach(async () => {
    for (const p of open) await p.close();
    open = [];
    await storageSet(ext, { [SITE_SETTINGS_KEY]: {} });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function load(path: string): Promise<TestPage> {
    const tab = await browser.newPage();
    open.push(tab);
    await tab.goto(server.url(path));
    return tab;
  }
  const display = (tab: TestPage, id: string) =>
    tab.evaluate((id) => getComputedStyle(document.getElementById(id)!).display, id);
  const early = (tab: TestPage) => tab.evaluate((attr) => document.documentElement.hasAttribute(attr), EARLY_ATTR);

  it('hides list and plain-selector clutter before the first paint, and keeps the article a list rule names', async () => {
    expect(
      listClass && articleClass,
      'filter lists built (apt-get install webext-ublock-origin-chromium)',
    ).toBeTruthy();
    const tab = await load('/news/reservoir-full.html');
    expect(await tab.evaluate(() => (window as unknown as { seenWhileParsing: string[] }).seenWhileParsing)).toEqual([
      'none',
      'none',
      'none',
      'block',
    ]);
    // At idle the clean script holds the sheet to the article guard: the story's box is shown again.
    await tab.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ms'));
    expect(await early(tab)).toBe(true);
    expect(await display(tab, 'story')).toBe('block');
    expect(await tab.evaluate(() => document.getElementById('story')!.getBoundingClientRect().height)).toBeGreaterThan(
      500,
    );
    expect(await display(tab, 'list-ad')).toBe('none');
    // A block Sift's names describe but which holds a paragraph is hidden by the guarded idle pass only.
    expect(await display(tab, 'own-rail')).toBe('none');
  });

  it('applies nothing on a front page, and lifts the sheet on a page that is not an article', async () => {
    const front = await load('/');
    expect(await early(front)).toBe(false);
    expect(await display(front, 'list-ad')).toBe('block');
    const short = await load('/news/short.html');
    await expect.poll(() => early(short)).toBe(false);
    expect(await display(short, 'list-ad')).toBe('block');
  });

  it('shows everything on a site the reader switched off', async () => {
    await storageSet(ext, { [SITE_SETTINGS_KEY]: { [siteKey('127.0.0.1')]: { enabled: false } } });
    const tab = await load('/news/reservoir-full.html');
    await expect.poll(() => early(tab)).toBe(false);
    expect(await display(tab, 'list-ad')).toBe('block');
    expect(await display(tab, 'own-ad')).toBe('block');
  });
});
