// The popup in real Chromium and Firefox on fixture pages served from 127.0.0.1: the article and its key figures,
// a figure's sentence highlighted on click, saving with one click and through the background path the context
// menu and the save-page shortcut call, and the states for browser pages and pages that are not articles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { writeGeneratedPages } from './harness/generated-pages.ts';
import { contentTabId, sendToContent, waitForContentScript } from './harness/messages.ts';
import { repoRoot, startServer, type StaticServer } from './harness/server.ts';

const pagesDir = join(repoRoot, 'tests/pages');
const demo = 'seed-deepseek-china-ai';
const expected = JSON.parse(readFileSync(join(pagesDir, demo, 'expected.json'), 'utf8')) as { title: string };
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Clickable {
  click(selector: string): Promise<void>;
}
/** A real mouse click through the driver (Playwright or Puppeteer), not a DOM .click(). */
const click = (page: TestPage, selector: string) => (page.raw as unknown as Clickable).click(selector);

describe.each(browserNames)('%s: popup', (name) => {
  let browser: TestBrowser;
  let server: StaticServer;
  let ext: TestPage;
  let open: TestPage[] = [];

  beforeAll(async () => {
    server = await startServer({ '/pages/': pagesDir, '/gen/': writeGeneratedPages() });
    browser = await launchBrowser(name);
    ext = await browser.openExtensionPage('library.html');
  });
  afterEach(async () => {
    for (const page of open) await page.close();
    open = [];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens a served page in a tab and returns its tab id once its content script answers. */
  async function openTab(path: string): Promise<{ page: TestPage; tabId: number }> {
    const page = await browser.newPage();
    open.push(page);
    await page.goto(server.url(path));
    await waitForContentScript(ext);
    return { page, tabId: await contentTabId(ext) };
  }

  async function openPopup(tabId: number): Promise<TestPage> {
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    open.push(popup);
    return popup;
  }

  it('shows the article with its header and key figures; a figure click highlights its sentence', async () => {
    const { tabId } = await openTab(`/pages/${demo}/source.html`);
    const popup = await openPopup(tabId);
    await popup.waitForFunction(() => document.querySelector('.sift-article h1') && document.querySelector('.sift-body p'));
    const seen = await popup.evaluate(() => ({
      title: document.querySelector('.sift-article h1')?.textContent,
      meta: document.querySelector('.sift-meta')?.textContent ?? '',
      paragraphs: document.querySelectorAll('.sift-body p').length,
      figures: [...document.querySelectorAll<HTMLButtonElement>('.sift-figure')].map((b) => ({
        index: Number(b.dataset.figureIndex),
        text: b.querySelector('.sift-figure-value')?.textContent ?? '',
        kind: b.querySelector('.sift-figure-kind')?.textContent ?? '',
      })),
      scripts: document.querySelectorAll('.sift-body script, .sift-body [onclick]').length,
    }));
    expect(seen.title).toBe(expected.title);
    expect(seen.meta).toMatch(/\d+ min read/);
    expect(seen.paragraphs).toBeGreaterThan(5);
    expect(seen.scripts).toBe(0);

    // The popup shows the figures the content script extracts from the same page.
    const read = await sendToContent(ext, 'getArticle', {}, tabId);
    if (!read.ok) throw new Error(read.error.message);
    const figures = read.article.figures;
    expect(figures.length).toBeGreaterThan(3);
    expect(seen.figures.map((f) => f.index).sort((a, b) => a - b)).toEqual(figures.map((_, i) => i));
    for (const f of seen.figures) expect(f.text).toContain(figures[f.index]!.text);

    // Click a figure further down the list: its whole sentence is marked, and scrolled into view.
    const pick = seen.figures[Math.min(3, seen.figures.length - 1)]!;
    await click(popup, `.sift-figure[data-figure-index="${pick.index}"]`);
    // In view once the (smooth) scroll has run.
    await popup.waitForFunction(() => {
      const mark = document.querySelector('mark.sift-highlight');
      const main = document.querySelector('.sift-main')!.getBoundingClientRect();
      const box = mark?.getBoundingClientRect();
      return box && box.bottom > main.top && box.top < main.bottom;
    });
    const marked = await popup.evaluate(() => {
      const marks = [...document.querySelectorAll('mark.sift-highlight')];
      const main = document.querySelector('.sift-main')!.getBoundingClientRect();
      const first = marks[0]!.getBoundingClientRect();
      return {
        text: marks.map((m) => m.textContent).join(''),
        pressed: document.querySelector('.sift-figure[aria-pressed="true"]')?.getAttribute('data-figure-index'),
        inView: first.bottom > main.top && first.top < main.bottom,
        focused: document.activeElement?.tagName,
      };
    });
    expect(collapse(marked.text)).toBe(collapse(figures[pick.index]!.sentence));
    expect(marked.text).toContain(figures[pick.index]!.text);
    expect(marked.pressed).toBe(String(pick.index));
    expect(marked.inView).toBe(true);
    expect(marked.focused).toBe('MARK');

    // Keyboard: Enter on another figure moves the highlight there.
    const other = seen.figures[0]!;
    await popup.evaluate((i) => document.querySelector<HTMLElement>(`.sift-figure[data-figure-index="${i}"]`)!.focus(), other.index);
    await (popup.raw as unknown as { keyboard: { press(key: string): Promise<void> } }).keyboard.press('Enter');
    await popup.waitForFunction((i) => document.querySelector('.sift-figure[aria-pressed="true"]')?.getAttribute('data-figure-index') === String(i), other.index);
    const second = await popup.evaluate(() => [...document.querySelectorAll('mark.sift-highlight')].map((m) => m.textContent).join(''));
    expect(collapse(second)).toBe(collapse(figures[other.index]!.sentence));
  });

  it('shows the hidden count and undoes it with "Show everything"', async () => {
    const { page, tabId } = await openTab(`/pages/${demo}/source.html`);
    const popup = await openPopup(tabId);
    await popup.waitForFunction(() => /\d+ items? hidden/.test(document.querySelector('.sift-hidden-count')?.textContent ?? ''));
    const count = await popup.evaluate(() => Number(/(\d+)/.exec(document.querySelector('.sift-hidden-count')!.textContent!)![1]));
    expect(count).toBeGreaterThan(0);
    expect(count).toBe(await page.evaluate(() => document.querySelectorAll('[data-sift-hidden]').length));
    await click(popup, '.sift-clean button');
    await page.waitForFunction(() => document.querySelectorAll('[data-sift-hidden]').length === 0);
    await popup.waitForFunction(() => document.querySelector('.sift-clean button')?.textContent === 'Hide clutter');
  });

  it('says a page is not an article, and "Show anyway" reads it regardless', async () => {
    const { tabId } = await openTab('/gen/non-article.html');
    const popup = await openPopup(tabId);
    await popup.waitForFunction(() => document.querySelector('.sift-status'));
    expect(await popup.evaluate(() => document.querySelector('.sift-status')?.getAttribute('data-state'))).toBe('not-article');
    await click(popup, '.sift-status button');
    await popup.waitForFunction(() => document.querySelector('.sift-article h1') || document.querySelector('.sift-status[data-state="no-content"]'));
    const after = await popup.evaluate(() => document.querySelector('.sift-article h1')?.textContent ?? document.querySelector('.sift-status')?.getAttribute('data-state'));
    expect(after).toBe('Shop - Lamps');
  });

  it('says it cannot read a browser page', async () => {
    const page = await browser.newPage();
    open.push(page);
    // about:robots never reports load over BiDi; start it and wait for the tab to show it.
    if (name === 'chromium') await page.goto('chrome://version/');
    else {
      void (page.raw as unknown as { goto(url: string): Promise<unknown> }).goto('about:robots').catch(() => undefined);
      // Privileged page: no script of ours runs in it, so wait from outside for the tab to finish loading.
      await new Promise((ok) => setTimeout(ok, 1500));
    }
    const tabId = await ext.evaluate(async (url) => {
      interface Tab {
        id?: number;
        url?: string;
      }
      interface TabsApi {
        tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab | undefined> };
      }
      const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      const api = g.browser ?? g.chrome;
      const tabs = await api.tabs.query({});
      // Without the tabs permission urls are hidden: the browser page is the newest tab that is neither ours nor served.
      const self = await api.tabs.getCurrent();
      const ids = tabs.filter((t) => t.id !== self?.id && !(t.url ?? '').startsWith(url)).map((t) => t.id ?? -1);
      return Math.max(-1, ...ids);
    }, server.origin);
    expect(tabId).toBeGreaterThanOrEqual(0);
    const popup = await openPopup(tabId);
    await popup.waitForFunction(() => document.querySelector('.sift-status'));
    expect(await popup.evaluate(() => document.querySelector('.sift-status')?.getAttribute('data-state'))).toBe('internal-page');
    expect(await popup.evaluate(() => (document.querySelector('.sift-save') as HTMLButtonElement).disabled)).toBe(true);
  });
});
