// The built extension in real Chromium and Firefox cleaning fixture pages served from 127.0.0.1:
// what a reader sees (computed styles), undo, the per-site switch across a reload, and pages Sift must leave alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultRules, findClutter } from '../../utils/clean';
import { SITE_SETTINGS_KEY, siteKey } from '../../utils/storage/site-settings';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { nonArticlePage, writeGeneratedPages } from './harness/generated-pages.ts';
import { contentTabId, sendToContent, waitForContentScript, extractFromTab } from './harness/messages.ts';
import { repoRoot, startServer, type StaticServer } from './harness/server.ts';
import { storageSet } from './harness/storage.ts';
import { inspectItems, siftMarks, type Item } from './harness/visibility.ts';

const pagesDir = join(repoRoot, 'tests/fixtures/pages');
const fixtures = existsSync(pagesDir)
  ? readdirSync(pagesDir).filter((name) => existsSync(join(pagesDir, name, 'expected.json')))
  : [];
const expectedOf = (name: string) =>
  JSON.parse(readFileSync(join(pagesDir, name, 'expected.json'), 'utf8')) as {
    hidden: Item[];
    survive: Item[];
    /** The page arrives with scrolling locked by its overlay; Sift must unlock it. */
    scrollLocked?: boolean;
  };
const demo = 'seed-deepseek-china-ai';

it('has fixture pages to test, the demo page among them', () => {
  expect(fixtures.length).toBeGreaterThan(0);
  expect(fixtures).toContain(demo);
});

describe.each(browserNames)('%s: cleaning live pages', (name) => {
  let browser: TestBrowser;
  let server: StaticServer;
  let ext: TestPage;
  let open: TestPage[] = [];

  beforeAll(async () => {
    server = await startServer({ '/pages/': pagesDir, '/gen/': writeGeneratedPages() });
    browser = await launchBrowser(name);
    ext = await browser.openExtensionPage('popup.html');
  });
  afterEach(async () => {
    for (const page of open) await page.close();
    open = [];
    await storageSet(ext, { [SITE_SETTINGS_KEY]: {} });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens a served page and waits until Sift's first cleaning pass has run on it. */
  async function openCleaned(path: string): Promise<TestPage> {
    const page = await browser.newPage();
    open.push(page);
    await page.goto(server.url(path));
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ms'));
    return page;
  }

  async function expectCleaned(page: TestPage, fixture: string) {
    const { hidden, survive, scrollLocked } = expectedOf(fixture);
    const seen = await inspectItems(page, hidden, survive);
    expect(
      seen.hidden.filter((v) => v.found === 0),
      'hidden items missing from the page',
    ).toEqual([]);
    expect(
      seen.hidden.filter((v) => v.visible > 0),
      'clutter still visible',
    ).toEqual([]);
    expect(
      seen.survive.filter((v) => v.found === 0),
      'article paragraphs missing from the page',
    ).toEqual([]);
    expect(
      seen.survive.filter((v) => v.visible === 0),
      'article paragraphs hidden',
    ).toEqual([]);
    if (scrollLocked) {
      const overflow = await page.evaluate(() =>
        [document.documentElement, document.body].map((el) => getComputedStyle(el).overflowY),
      );
      expect(overflow, 'scroll lock left on html/body').not.toContain('hidden');
    }
  }

  it.each(fixtures)('%s: every listed clutter item is hidden, every article paragraph visible', async (fixture) => {
    const page = await openCleaned(`/pages/${fixture}/source.html`);
    await expectCleaned(page, fixture);
    expect(page.consoleErrors).toEqual([]);
  });

  it('reports the hidden count, shows everything on undo, and hides again on cleanAgain', async () => {
    const page = await openCleaned(`/pages/${demo}/source.html`);
    const marked = (await siftMarks(page)).hidden;
    expect(marked).toBeGreaterThan(0);
    expect(await sendToContent(ext, 'getCleanState')).toEqual({ hidden: marked, siteEnabled: true });

    expect(await sendToContent(ext, 'showEverything')).toBe(marked);
    const { hidden, survive } = expectedOf(demo);
    const undone = await inspectItems(page, hidden, survive);
    expect(
      undone.hidden.filter((v) => v.visible < v.found),
      'still hidden after undo',
    ).toEqual([]);
    expect(undone.survive.every((v) => v.visible > 0)).toBe(true);
    expect((await siftMarks(page)).any).toBe(0);

    expect(await sendToContent(ext, 'cleanAgain')).toBe(marked);
    await expectCleaned(page, demo);
  });

  it('hides clutter a page script injects after load', async () => {
    const page = await openCleaned(`/pages/${demo}/source.html`);
    await page.evaluate(() => {
      const promo = document.createElement('div');
      promo.id = 'late-promo';
      promo.className = 'app-download-banner';
      promo.innerHTML = '<p>Get the app</p><a href="https://apps.apple.com/app/id1">Download on the App Store</a>';
      document.body.append(promo);
    });
    await page.waitForFunction(
      () => document.getElementById('late-promo')?.hasAttribute('data-sift-hidden'),
      undefined,
      5000,
    );
    const seen = await inspectItems(page, ['#late-promo'], []);
    expect(seen.hidden[0]).toMatchObject({ found: 1, visible: 0 });
    await expectCleaned(page, demo);
  });

  it('sets the toolbar badge to the hidden count', async () => {
    const page = await openCleaned(`/pages/${demo}/source.html`);
    const marked = (await siftMarks(page)).hidden;
    const tabId = await contentTabId(ext);
    const readBadge = () =>
      ext.evaluate(async (tabId) => {
        interface ActionApi {
          action?: { getBadgeText(d: object): Promise<string> };
          browserAction?: { getBadgeText(d: object): Promise<string> };
        }
        const g = globalThis as unknown as { browser?: ActionApi; chrome: ActionApi };
        const api = g.browser ?? g.chrome;
        return (api.action ?? api.browserAction)!.getBadgeText({ tabId });
      }, tabId);
    await expect.poll(readBadge, { timeout: 5000 }).toBe(String(marked));
  });

  it('the per-site switch survives a reload: off shows everything, back on hides again', async () => {
    const page = await openCleaned(`/pages/${demo}/source.html`);
    const { hidden, survive } = expectedOf(demo);
    await storageSet(ext, { [SITE_SETTINGS_KEY]: { [siteKey('127.0.0.1')]: { enabled: false } } });
    await expect.poll(async () => (await siftMarks(page)).hidden).toBe(0);

    await page.reload();
    expect(await waitForContentScript(ext)).toEqual({ hidden: 0, siteEnabled: false });
    const off = await inspectItems(page, hidden, survive);
    expect(
      off.hidden.filter((v) => v.visible < v.found),
      'hidden while the site is off',
    ).toEqual([]);
    expect((await siftMarks(page)).any).toBe(0);

    await storageSet(ext, { [SITE_SETTINGS_KEY]: {} });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ms'));
    await expectCleaned(page, demo);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ms'));
    await expectCleaned(page, demo);
  });

  it('leaves a page that is not an article untouched, though it carries clutter', async () => {
    // The same rules do find clutter in this page's markup, so "untouched" is Sift's choice, not an empty match.
    expect(findClutter(parseHTML(nonArticlePage).document, defaultRules).length).toBeGreaterThan(0);
    const page = await browser.newPage();
    open.push(page);
    await page.goto(server.url('/gen/non-article.html'));
    expect(await waitForContentScript(ext)).toEqual({ hidden: 0, siteEnabled: true });
    expect((await siftMarks(page)).any).toBe(0);
    const seen = await inspectItems(page, ['.ad-slot', '.cookie-banner', '.app-promo'], []);
    expect(seen.hidden.every((v) => v.found === 1 && v.visible === 1)).toBe(true);
    expect(page.consoleErrors).toEqual([]);
  });

  it('lifts the scroll lock a hidden overlay left on html and body, and puts it back on undo', async () => {
    const page = await openCleaned('/gen/scroll-locked.html');
    const overflow = () =>
      page.evaluate(() => [
        getComputedStyle(document.documentElement).overflowY,
        getComputedStyle(document.body).overflowY,
      ]);
    expect(await overflow()).toEqual(['auto', 'auto']);
    await sendToContent(ext, 'showEverything');
    expect(await overflow()).toEqual(['hidden', 'hidden']);
  });

  it('extraction on demand returns the demo article from the live page, and leaves the page as it was', async () => {
    const page = await openCleaned(`/pages/${demo}/source.html`);
    const before = await page.evaluate(() => document.body.innerHTML.length);
    const result = await extractFromTab(ext, {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { survive } = expectedOf(demo);
    for (const item of survive) {
      if (typeof item === 'string')
        expect(result.article.text.replace(/\s+/g, ' ')).toContain(item.replace(/\s+/g, ' ').trim());
    }
    expect(result.article.words).toBeGreaterThan(100);
    expect(await page.evaluate(() => document.body.innerHTML.length)).toBe(before);
  });

  it('extraction on demand gives a typed refusal on a page that is not an article, and reads it when forced', async () => {
    const page = await browser.newPage();
    open.push(page);
    await page.goto(server.url('/gen/non-article.html'));
    await waitForContentScript(ext);
    const refused = await extractFromTab(ext, {});
    expect(refused.ok ? 'ok' : refused.error.kind).toBe('not-article');
    const forced = await extractFromTab(ext, { force: true });
    expect(forced.ok ? 'ok' : forced.error.kind).toMatch(/^(ok|no-content)$/);
    expect(page.consoleErrors).toEqual([]);
  });

  it.each([
    ['a 100,000-element page', '/gen/huge.html', 100_000],
    ['a page nested 500 deep', '/gen/deep.html', 500],
  ])('%s: cleaned and read without a hang or a console error', async (_, path, minElements) => {
    const page = await openCleaned(path);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(minElements);
    expect(await sendToContent(ext, 'getCleanState')).toMatchObject({ siteEnabled: true });
    const result = await extractFromTab(ext, {});
    expect(result.ok ? result.article.words : result.error.kind).toBeTruthy();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(page.consoleErrors).toEqual([]);
  });
});
