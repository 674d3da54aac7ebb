// Several of Sift's pages on one library at once, in both browsers: two library tabs stay in step (a change in
// one shows in the other without a reload), a save from the background shows in an open library, and the same page
// saved from two places at the same moment gives one record.
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_KEY } from '../../utils/library/first-screen/first-screen';
import type { SaveResult } from '../../utils/messaging/protocol';
import { inBackground } from './harness/background.ts';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { openLibrary, rowTitles, type LibraryHooked } from './harness/library-page.ts';
import { tabIdOf, waitForContentScript } from './harness/messages.ts';
import { startServer, type StaticServer } from './harness/server.ts';
import { storageGet } from './harness/storage.ts';
import { fixtureDraft } from './library-draft.ts';

const pages = resolve('tests/fixtures/e2e-pages');
const rowsShown = (page: TestPage, n: number) =>
  page.waitForFunction((count) => document.querySelectorAll('[role=option]').length === count, n);

describe.each(browserNames)('%s: library tabs', (name) => {
  let server: StaticServer;
  let browser: TestBrowser;
  let open: TestPage[] = [];
  const keep = (page: TestPage) => (open.push(page), page);

  beforeAll(async () => {
    server = await startServer({ '/': pages });
    browser = await launchBrowser(name);
  });
  afterEach(async () => {
    // Each test starts from an empty library and no open pages.
    const page = await openLibrary(browser);
    await page.evaluate(async () => {
      const api = (globalThis as LibraryHooked).siftLibrary!.api;
      for (const item of await api.list({ text: '', site: null, tag: null, read: 'all' })) await api.remove(item.id);
    });
    for (const p of [...open, page]) await p.close().catch(() => undefined);
    open = [];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // The address the tabs below open, so a draft made in Node and one read from a tab name the same page.
  const draft = () =>
    fixtureDraft(join(pages, 'library-article/index.html'), server.url('/library-article/index.html'));

  it('two library tabs stay in step: a save, a tag and a delete in one show in the other', async () => {
    const a = keep(await openLibrary(browser));
    const b = keep(await openLibrary(browser));
    await b.waitForFunction(() => !!document.querySelector('.lib-list-state')?.textContent?.includes('Nothing saved'));

    const { id } = await a.evaluate((d) => (globalThis as LibraryHooked).siftLibrary!.save(d, {}), draft());
    await rowsShown(b, 1);
    expect(await rowTitles(b)).toEqual([expect.stringContaining('Brennholm harbour reopens')]);

    await a.evaluate(
      (articleId) => (globalThis as LibraryHooked).siftLibrary!.api.setTags(articleId, ['harbours']),
      id,
    );
    await b.waitForFunction(() => [...document.querySelectorAll('option')].some((o) => o.value === 'harbours'));
    await b.waitForFunction(() => !!document.querySelector('.lib-row-tags')?.textContent?.includes('harbours'));

    await b.evaluate(
      async (articleId) => void (await (globalThis as LibraryHooked).siftLibrary!.api.remove(articleId)),
      id,
    );
    await a.waitForFunction(() => !!document.querySelector('.lib-list-state')?.textContent?.includes('Nothing saved'));
    expect(await rowTitles(a)).toEqual([]);
  });

  it('a save through the background (menu, shortcut, popup) shows in an open library tab', async () => {
    const library = keep(await openLibrary(browser));
    const url = server.url('/library-article/index.html');
    await keep(await browser.newPage()).goto(url);
    await waitForContentScript(library);
    const saved = await inBackground(
      browser,
      library,
      (bg, tabId) =>
        (
          bg as unknown as { siftSaving: { onMenuClick(i: object, t: object): Promise<SaveResult> } }
        ).siftSaving.onMenuClick({ menuItemId: 'sift-save-page' }, { id: tabId }),
      await tabIdOf(library, url),
    );
    expect(saved).toMatchObject({ ok: true });
    await rowsShown(library, 1);
    // The background leaves the copy of the first screen that the next library page draws before its database opens.
    const copy = (await storageGet(library, FIRST_SCREEN_KEY)) as { rows: { id: string }[] };
    expect(copy.rows.map((row) => row.id)).toEqual([saved.ok ? saved.id : '']);
  });

  it('a save through the background while no library is open: the next library page draws it from the copy', async () => {
    const url = server.url('/library-article/index.html');
    const first = keep(await openLibrary(browser));
    const older = `${url}?older`;
    const { id: olderId } = await first.evaluate((d) => (globalThis as LibraryHooked).siftLibrary!.save(d, {}), {
      ...draft(),
      url: older,
      canonicalUrl: older,
      title: 'An older article',
    });
    await rowsShown(first, 1);
    await first.close();

    // Saved by the background with no library page open to see it: only the background can bring the copy up to date.
    await keep(await browser.newPage()).goto(url);
    // Any extension page but a library one, whose watch would bring the copy up to date.
    const extensionPage = keep(await browser.openExtensionPage('popup.html'));
    await waitForContentScript(extensionPage);
    const saved = await inBackground(
      browser,
      extensionPage,
      (bg, tabId) =>
        (
          bg as unknown as { siftSaving: { onMenuClick(i: object, t: object): Promise<SaveResult> } }
        ).siftSaving.onMenuClick({ menuItemId: 'sift-save-page' }, { id: tabId }),
      await tabIdOf(extensionPage, url),
    );
    expect(saved).toMatchObject({ ok: true });
    const newId = saved.ok ? saved.id : '';
    const copy = (await storageGet(extensionPage, FIRST_SCREEN_KEY)) as { rows: { id: string }[] };
    expect(copy.rows.map((row) => row.id)).toEqual([newId, olderId]);
    await extensionPage.close();

    const next = keep(await openLibrary(browser));
    await rowsShown(next, 2);
    expect(await rowTitles(next)).toEqual([
      expect.stringContaining('Brennholm harbour reopens'),
      expect.stringContaining('An older article'),
    ]);
  });

  it('the same page saved from two tabs at the same moment gives one record', async () => {
    const url = server.url('/library-article/index.html');
    const library = keep(await openLibrary(browser));
    for (let i = 0; i < 2; i++) await keep(await browser.newPage()).goto(url);
    await waitForContentScript(library);
    const tabIds = await library.evaluate(async (wanted) => {
      interface TabsApi {
        tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
      }
      const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      return (await (g.browser ?? g.chrome).tabs.query({})).filter((t) => t.url === wanted).map((t) => t.id!);
    }, url);
    expect(tabIds).toHaveLength(2);
    // Both saves start before either ends: the menu listener once per tab, in one go.
    const results = await inBackground(
      browser,
      library,
      (bg, ids) => {
        const saving = (bg as unknown as { siftSaving: { onMenuClick(i: object, t: object): Promise<SaveResult> } })
          .siftSaving;
        return Promise.all(ids.map((id) => saving.onMenuClick({ menuItemId: 'sift-save-page' }, { id })));
      },
      tabIds,
    );
    expect(results.every((r) => r.ok)).toBe(true);
    // And from two library pages, two separate database connections, at once.
    const second = keep(await openLibrary(browser));
    const d = draft();
    const fromPages = await Promise.all(
      [library, second].map((p) => p.evaluate((x) => (globalThis as LibraryHooked).siftLibrary!.save(x, {}), d)),
    );
    const ids = new Set([...results.map((r) => (r.ok ? r.id : '')), ...fromPages.map((r) => r.id)]);
    expect(ids.size).toBe(1);
    const stored = await library.evaluate(async () =>
      (await (globalThis as LibraryHooked).siftLibrary!.api.list({ text: '', site: null, tag: null, read: 'all' })).map(
        (i) => i.url,
      ),
    );
    expect(stored).toHaveLength(1);
    await rowsShown(library, 1);
  });
});
