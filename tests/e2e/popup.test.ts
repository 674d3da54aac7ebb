// The popup in real Chromium and Firefox on fixture pages served from 127.0.0.1: the article and its key figures,
// a figure's sentence highlighted on click, saving with one click and through the background path the context
// menu and the save-page shortcut call, and the states for browser pages and pages that are not articles.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserNames, type TestPage } from './harness/browsers.ts';
import { writeGeneratedPages } from './harness/generated-pages.ts';
import { inBackground } from './harness/background.ts';
import { png } from './harness/png.ts';
import { contentTabId, waitForContentScript, extractFromTab, otherTabId } from './harness/messages.ts';
import type { SaveResult } from '../../utils/messaging/protocol';
import { extractFigures, panelRows } from '../../utils/figures/index';
import { repoRoot } from './harness/server.ts';
import { useExtensionSession } from './harness/session.ts';

const pagesDir = join(repoRoot, 'tests/fixtures/pages');
const demo = 'seed-deepseek-china-ai';
const expected = JSON.parse(readFileSync(join(pagesDir, demo, 'expected.json'), 'utf8')) as { title: string };
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An article with a picture and figures, written to a temp dir served beside the fixtures. */
function writeImagePage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sift-popup-'));
  writeFileSync(join(dir, 'harbour.png'), png(320, 200));
  const paragraphs = Array.from(
    { length: 10 },
    (_, i) =>
      `<p>In week ${i + 2} the harbour handled 41,000 containers, up 12% on a year earlier, and the port authority said revenue reached $3.2bn as ships queued for berths along the eastern quay.</p>`,
  ).join('\n');
  writeFileSync(
    join(dir, 'article.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour traffic rises again</title>
<meta property="og:type" content="article"></head><body><article><h1>Harbour traffic rises again</h1>
<figure><img src="harbour.png" alt="Ships at the eastern quay" width="320" height="200"><figcaption>Ships at the eastern quay</figcaption></figure>
${paragraphs}</article></body></html>`,
  );
  return dir;
}

/** What the library database holds for a canonical URL, read from an extension page (the extension's origin). */
async function storedArticle(ext: TestPage, canonicalUrl: string) {
  return ext.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('sift');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const get = <T>(store: string, index: string, value: IDBValidKey) =>
      new Promise<T[]>((ok, fail) => {
        const req = db.transaction(store).objectStore(store).index(index).getAll(value);
        req.onsuccess = () => ok(req.result as T[]);
        req.onerror = () => fail(req.error);
      });
    try {
      const [row] = await get<{ id: string; savedAt: number; updatedAt: number; title: string }>(
        'articles',
        'canonicalUrl',
        key,
      );
      if (!row) return null;
      const images = await get<{ url: string; blob: Blob }>('images', 'articleId', row.id);
      return { ...row, images: images.map((i) => ({ url: i.url, type: i.blob.type, size: i.blob.size })) };
    } finally {
      db.close();
    }
  }, canonicalUrl);
}

interface Clickable {
  click(selector: string): Promise<void>;
}
/** A real mouse click through the driver (Playwright or Puppeteer), not a DOM .click(). */
const click = (page: TestPage, selector: string) => (page.raw as unknown as Clickable).click(selector);

describe.each(browserNames)('%s: popup', (name) => {
  const s = useExtensionSession(name, () => ({
    '/pages/': pagesDir,
    '/gen/': writeGeneratedPages(),
    '/img/': writeImagePage(),
  }));

  /** Opens a served page in a tab and returns its tab id once its content script answers. */
  async function openTab(path: string): Promise<{ page: TestPage; tabId: number }> {
    const page = await s.browser.newPage();
    s.closeAfterTest(page);
    await page.goto(s.server.url(path));
    await waitForContentScript(s.ext);
    return { page, tabId: await contentTabId(s.ext) };
  }

  async function openPopup(tabId: number): Promise<TestPage> {
    const popup = await s.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    s.closeAfterTest(popup);
    return popup;
  }

  it('shows the article with its header and key figures; a figure click highlights its sentence', async () => {
    const { tabId } = await openTab(`/pages/${demo}/source.html`);
    const popup = await openPopup(tabId);
    await popup.waitForFunction(
      () => !!(document.querySelector('.sift-article h1') && document.querySelector('.sift-body p')),
    );
    const seen = await popup.evaluate(() => ({
      title: document.querySelector('.sift-article h1')?.textContent,
      meta: document.querySelector('.sift-meta')?.textContent ?? '',
      paragraphs: document.querySelectorAll('.sift-body p').length,
      figures: [...document.querySelectorAll<HTMLButtonElement>('.sift-figure')].map((b) => ({
        index: Number(b.dataset.figureIndex),
        text: b.querySelector('.sift-figure-value')?.textContent ?? '',
        kind: b.querySelector('.sift-figure-kind')?.textContent ?? '',
        grouped: !!b.dataset.members,
      })),
      more: document.querySelector('.sift-figures-more')?.textContent ?? '',
      scripts: document.querySelectorAll('.sift-body script, .sift-body [onclick]').length,
    }));
    expect(seen.title).toBe(expected.title);
    expect(seen.meta).toMatch(/\d+ min read/);
    expect(seen.paragraphs).toBeGreaterThan(5);
    expect(seen.scripts).toBe(0);

    // The extract script reads the article and carries no figure code; the popup adds the figures of its text.
    const read = await extractFromTab(s.ext, {}, tabId);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.article.figures).toEqual([]);
    const { published, lang } = read.article;
    const figures = extractFigures(read.article.text, { published, lang });
    expect(figures.length).toBeGreaterThan(3);
    // At most five rows before "Show all N", each showing the figure it stands for; "$3.2bn … to $140bn" is one row.
    expect(seen.figures.length).toBeGreaterThan(2);
    expect(seen.figures.length).toBeLessThanOrEqual(5);
    for (const f of seen.figures) expect(f.text).toContain(figures[f.index]!.text);
    const total = Number(/^Show all (\d+)$/.exec(seen.more)?.[1]);
    expect(total).toBeGreaterThan(seen.figures.length);
    const grouped = seen.figures.find((f) => f.grouped);
    expect(grouped?.text).toMatch(/\$3\.2bn → \$140bn/);

    // Click the grouped row: its whole sentence is marked, and scrolled into view.
    const pick = grouped!;
    await click(popup, `.sift-figure[data-figure-index="${pick.index}"]`);
    // In view once the (smooth) scroll has run.
    await popup.waitForFunction(() => {
      const mark = document.querySelector('mark.sift-highlight');
      const main = document.querySelector('.sift-main')!.getBoundingClientRect();
      const box = mark?.getBoundingClientRect();
      return !!box && box.bottom > main.top && box.top < main.bottom;
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
    await popup.evaluate(
      (i) => document.querySelector<HTMLElement>(`.sift-figure[data-figure-index="${i}"]`)!.focus(),
      other.index,
    );
    await (popup.raw as unknown as { keyboard: { press(key: string): Promise<void> } }).keyboard.press('Enter');
    await popup.waitForFunction(
      (i) =>
        document.querySelector('.sift-figure[aria-pressed="true"]')?.getAttribute('data-figure-index') === String(i),
      other.index,
    );
    const second = await popup.evaluate(() =>
      [...document.querySelectorAll('mark.sift-highlight')].map((m) => m.textContent).join(''),
    );
    expect(collapse(second)).toBe(collapse(figures[other.index]!.sentence));

    // "Show all N" opens every row, the first ones still first.
    // Activated as a keyboard or assistive click would: a pointer aimed while the highlight's smooth scroll still runs
    // can land beside the button (Firefox).
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.sift-figures-more')!.click());
    await popup.waitForFunction((n) => document.querySelectorAll('.sift-figure').length === n, total);
    const order = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.sift-figure')].map((b) => Number(b.dataset.figureIndex)),
    );
    expect(order.slice(0, seen.figures.length)).toEqual(seen.figures.map((f) => f.index));
  });

  it.each(['spiegel-de-bahn-verlust', 'xinwen-zh-industry'])(
    'loads the tables of the page language and shows its figures (%s)',
    async (page) => {
      const { tabId } = await openTab(`/pages/${page}/source.html`);
      const popup = await openPopup(tabId);
      await popup.waitForFunction(() => document.querySelectorAll('.sift-figure').length > 0);
      const shown = await popup.evaluate(() =>
        [...document.querySelectorAll<HTMLButtonElement>('.sift-figure')].map((b) => Number(b.dataset.figureIndex)),
      );
      // The same rows as every language's tables give the text outside the browser.
      const read = await extractFromTab(s.ext, {}, tabId);
      if (!read.ok) throw new Error(read.error.message);
      const a = read.article;
      const figures = extractFigures(a.text, { published: a.published, lang: a.lang });
      const rows = panelRows(figures, { title: a.title, lead: a.excerpt ?? undefined, lang: a.lang }).filter(
        (r) => r.shown,
      );
      expect(shown).toEqual(rows.map((r) => figures.indexOf(r.figure)));
      // Figures only the language's tables read: number words ("drei Prozent"), Chinese units ("万辆").
      expect(figures.some((f) => /^[a-zäöü]+ /i.test(f.text) || /[\u3400-\u9fff]/.test(f.text))).toBe(true);
    },
  );

  it('shows the hidden count and undoes it with "Show everything"', async () => {
    const { page, tabId } = await openTab(`/pages/${demo}/source.html`);
    const popup = await openPopup(tabId);
    await popup.waitForFunction(() =>
      /Hidden: \d+/.test(document.querySelector('.sift-hidden-count')?.textContent ?? ''),
    );
    const count = await popup.evaluate(() =>
      Number(/(\d+)/.exec(document.querySelector('.sift-hidden-count')!.textContent!)![1]),
    );
    expect(count).toBeGreaterThan(0);
    expect(count).toBe(await page.evaluate(() => document.querySelectorAll('[data-sift-hidden]').length));
    // The page's cleaning sits behind its count in the toolbar row.
    await click(popup, '.sift-page-menu > summary');
    await click(popup, '.sift-clean button');
    await page.waitForFunction(() => document.querySelectorAll('[data-sift-hidden]').length === 0);
    await popup.waitForFunction(() => document.querySelector('.sift-clean button')?.textContent === 'Hide clutter');
  });

  it('says a page is not an article, and "Show anyway" reads it regardless', async () => {
    const { tabId } = await openTab('/gen/non-article.html');
    const popup = await openPopup(tabId);
    await popup.waitForFunction(() => !!document.querySelector('.sift-status'));
    expect(await popup.evaluate(() => document.querySelector('.sift-status')?.getAttribute('data-state'))).toBe(
      'not-article',
    );
    await click(popup, '.sift-status button');
    await popup.waitForFunction(
      () =>
        !!(
          document.querySelector('.sift-article h1') ?? document.querySelector('.sift-status[data-state="no-content"]')
        ),
    );
    const after = await popup.evaluate(
      () =>
        document.querySelector('.sift-article h1')?.textContent ??
        document.querySelector('.sift-status')?.getAttribute('data-state'),
    );
    expect(after).toBe('Shop - Lamps');
  });

  it('says it cannot read a browser page', async () => {
    const page = await s.browser.newPage();
    s.closeAfterTest(page);
    // about:robots never reports load over BiDi; start it and wait for the tab to show it.
    if (name === 'chromium') await page.goto('chrome://version/');
    else {
      void (page.raw as unknown as { goto(url: string): Promise<unknown> }).goto('about:robots').catch(() => undefined);
      // Privileged page: no script of ours runs in it, so wait from outside for the tab to finish loading.
      await new Promise((ok) => setTimeout(ok, 1500));
    }
    // Without the tabs permission urls are hidden: the browser page is the newest tab that is neither ours nor served.
    const tabId = await otherTabId(s.ext, s.server.origin);
    expect(tabId).toBeGreaterThanOrEqual(0);
    const popup = await openPopup(tabId);
    await popup.waitForFunction(() => !!document.querySelector('.sift-status'));
    expect(await popup.evaluate(() => document.querySelector('.sift-status')?.getAttribute('data-state'))).toBe(
      'internal-page',
    );
    // Nothing to save there: the popup offers no Save at all (only controls that mean something on that page).
    expect(await popup.evaluate(() => document.querySelector('.sift-save'))).toBeNull();
  });

  it('saves with one click, images included; saving again updates the record and keeps when it was first saved', async () => {
    const { tabId } = await openTab('/img/article.html');
    const canonical = s.server.url('/img/article.html');
    let popup = await openPopup(tabId);
    await popup.waitForFunction(() => !!document.querySelector('.sift-article h1'));
    await click(popup, '.sift-save');
    await popup.waitForFunction(
      () =>
        document.querySelector('.sift-save')?.getAttribute('data-save-state') !== 'saving' &&
        document.querySelector('.sift-save')?.getAttribute('data-save-state') !== 'idle',
    );
    expect(await popup.evaluate(() => document.querySelector('.sift-error')?.textContent ?? null)).toBeNull();
    expect(await popup.evaluate(() => document.querySelector('.sift-save')?.textContent)).toBe('Saved ✓');
    const first = await storedArticle(s.ext, canonical);
    expect(first?.title).toBe('Harbour traffic rises again');
    expect(first?.images).toEqual([
      { url: s.server.url('/img/harbour.png'), type: 'image/png', size: png(320, 200).length },
    ]);

    await popup.close();
    popup = await openPopup(tabId);
    await popup.waitForFunction(() => !!document.querySelector('.sift-article h1'));
    // A saved page opens as saved; pressing it again updates the copy, which the button's title then says.
    await popup.waitForFunction(() => document.querySelector('.sift-save')?.textContent === 'Saved ✓');
    await click(popup, '.sift-save');
    await popup.waitForFunction(() => document.querySelector('.sift-save')?.getAttribute('title') === 'Updated ✓');
    const second = await storedArticle(s.ext, canonical);
    expect(second?.id).toBe(first?.id);
    expect(second?.savedAt).toBe(first?.savedAt);
    expect(second!.updatedAt).toBeGreaterThan(first!.updatedAt);
  });

  it('saves through the listeners registered for the "Save page to Sift" menu item and the save-page shortcut, with a ✓ badge', async () => {
    const { tabId } = await openTab(`/pages/${demo}/source.html`);
    // No driver can click a native context menu or press a browser-level shortcut (a synthesized Alt+Shift+S
    // reaches the page, not the browser, in both). So check that the functions exposed as siftSaving are the
    // registered listeners, that the menu item and the command exist, and run each listener as the browser would.
    const probe = await inBackground(
      s.browser,
      s.ext,
      async (bg, id) => {
        type Listen = { hasListener(fn: unknown): boolean };
        interface Api {
          contextMenus: { onClicked: Listen; update(id: string, props: object): Promise<void> };
          commands: { onCommand: Listen; getAll(): Promise<{ name?: string; shortcut?: string }[]> };
          tabs: { get(id: number): Promise<{ id?: number; url?: string }> };
        }
        type Saving = {
          onMenuClick(info: object, tab: object): Promise<SaveResult>;
          onCommand(c: string, tab: object): Promise<SaveResult>;
        };
        const g = bg as unknown as { browser?: Api; chrome: Api; siftSaving: Saving };
        const api = g.browser?.contextMenus ? g.browser : g.chrome;
        const tab = await api.tabs.get(id);
        return {
          listening:
            api.contextMenus.onClicked.hasListener(g.siftSaving.onMenuClick) &&
            api.commands.onCommand.hasListener(g.siftSaving.onCommand),
          menuItem: await api.contextMenus.update('sift-save-page', {}).then(
            () => true,
            (e: unknown) => String(e),
          ),
          command: (await api.commands.getAll()).find((c) => c.name === 'save-page')?.shortcut,
          viaMenu: await g.siftSaving.onMenuClick(
            { menuItemId: 'sift-save-page', editable: false, pageUrl: tab.url },
            tab,
          ),
          viaShortcut: await g.siftSaving.onCommand('save-page', tab),
        };
      },
      tabId,
    );
    expect(probe.listening).toBe(true);
    expect(probe.menuItem).toBe(true);
    expect(probe.command).toMatch(/^Alt\+Shift\+S$/);
    expect(probe.viaMenu).toMatchObject({ ok: true });
    expect(probe.viaShortcut).toMatchObject({ ok: true, updated: true, id: probe.viaMenu.ok ? probe.viaMenu.id : '' });
    const result = probe.viaMenu;
    const badge = await s.ext.evaluate(async (id) => {
      interface ActionApi {
        getBadgeText(d: { tabId: number }): Promise<string>;
      }
      // Chromium also has `browser` now (without browserAction); Firefox MV2 has browserAction.
      const g = globalThis as unknown as { browser?: { browserAction?: ActionApi }; chrome: { action: ActionApi } };
      return (g.browser?.browserAction ?? g.chrome.action).getBadgeText({ tabId: id });
    }, tabId);
    expect(badge).toBe('✓');
    const read = await extractFromTab(s.ext, {}, tabId);
    if (!read.ok) throw new Error(read.error.message);
    const stored = await storedArticle(s.ext, read.article.canonicalUrl);
    expect(stored?.id).toBe(result.id);
    expect(stored?.title).toBe(expected.title);
    // The content script carries no figures: the background read them before saving, as the popup does.
    const figures = await s.ext.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('sift');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      try {
        const body = await new Promise<{ figures?: unknown[] } | undefined>((ok, fail) => {
          const req = db.transaction('bodies').objectStore('bodies').get(id);
          req.onsuccess = () => ok(req.result as { figures?: unknown[] } | undefined);
          req.onerror = () => fail(req.error);
        });
        return body?.figures?.length ?? 0;
      } finally {
        db.close();
      }
    }, stored!.id);
    expect(figures).toBeGreaterThan(3);
  });

  it('keeps the reader’s theme and text size, and opens the same clean view in a full tab', async () => {
    const { tabId } = await openTab(`/pages/${demo}/source.html`);
    const popup = await openPopup(tabId);
    await popup.waitForFunction(() => !!document.querySelector('.sift-article h1'));
    expect(await popup.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('system');
    await click(popup, '.sift-settings > summary');
    if (name === 'chromium') await (popup.raw as PwPage).selectOption('.sift-settings select', 'sepia');
    else
      await (popup.raw as unknown as { select(sel: string, value: string): Promise<unknown> }).select(
        '.sift-settings select',
        'sepia',
      );
    await click(popup, '.sift-settings button[title="Larger text"]');
    await popup.waitForFunction(() => getComputedStyle(document.querySelector('.sift-article')!).fontSize === '18px');

    // The full tab opens on the same tab's article, with the prefs read back from storage.
    type Opened = {
      evaluate<R>(fn: () => R): Promise<R>;
      waitForFunction(fn: () => unknown): Promise<unknown>;
      close(): Promise<void>;
    };
    const ff =
      name === 'chromium' ? null : (popup.raw as unknown as { browser(): { pages(): Promise<Opened[]> } }).browser();
    const before = ff ? new Set(await ff.pages()) : null;
    const opened: Promise<Opened> =
      name === 'chromium'
        ? (popup.raw as PwPage).context().waitForEvent('page')
        : (async () => {
            // Firefox over BiDi lists moz-extension pages as about:blank and never reports their load: take the new page.
            for (;;) {
              const found = (await ff!.pages()).find((p) => !before!.has(p));
              if (found) return found;
              await new Promise((ok) => setTimeout(ok, 100));
            }
          })();
    await click(popup, '.sift-toolbar button:not(.sift-save)');
    const full = await opened;
    await full.waitForFunction(() => !!document.querySelector('.sift-full .sift-article h1'));
    expect(await full.evaluate(() => location.pathname + location.search)).toBe(`/popup.html?tab=${tabId}&full=1`);
    const seen = await full.evaluate(() => ({
      title: document.querySelector('.sift-article h1')?.textContent,
      theme: document.documentElement.getAttribute('data-theme'),
      size: getComputedStyle(document.querySelector('.sift-article')!).fontSize,
      openInTab: [...document.querySelectorAll('button')].some((b) => b.textContent === 'Open in tab'),
      tabTitle: document.title,
      original: document.querySelector('.sift-site a')?.getAttribute('href'),
    }));
    await full.close();
    expect(seen).toEqual({
      title: expected.title,
      theme: 'sepia',
      size: '18px',
      openInTab: false,
      tabTitle: `${expected.title} · Sift`,
      original: s.server.url(`/pages/${demo}/source.html`),
    });
  });
});
