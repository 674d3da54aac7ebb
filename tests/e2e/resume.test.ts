import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers';
import { chromeBuild } from './harness/chromium';
import { firefoxBuild } from './harness/firefox';
import { openLibrary, type LibraryHooked } from './harness/library-page';
import { openSaved, saveDraft } from './harness/library-reader';
import { fixtureDraft } from './library-draft';

// Issue 14: closing an article wrote progress 0 over the saved 0.83, so every reopen started at the top. The place
// is saved as the reader scrolls and on close, and the reader reopens there.

const TITLE = 'Brennholm harbour reopens';

/** The fixture article made long enough to scroll well past a screen, as most articles are. */
function longDraft() {
  const draft = fixtureDraft(join(resolve('tests/fixtures/e2e-pages'), 'library-article/index.html'), 'https://coastal.example/brennholm');
  return { ...draft, html: draft.html.repeat(8), text: draft.text.repeat(8) };
}

/** Scrolls the reading pane to a fraction of its height, as a reader's wheel would. */
const scrollReader = (page: TestPage, fraction: number) =>
  page.evaluate((f) => {
    const el = document.querySelector<HTMLElement>('.lib-reader-scroll')!;
    el.scrollTop = f * (el.scrollHeight - el.clientHeight);
  }, fraction);

const readerPlace = (page: TestPage) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.lib-reader-scroll')!;
    return el.scrollTop / (el.scrollHeight - el.clientHeight);
  });

const storedProgress = (page: TestPage, id: string) =>
  page.evaluate(async (articleId) => (await (globalThis as LibraryHooked).siftLibrary!.api.get(articleId))!.progress, id);

for (const name of browserNames) {
  const build = name === 'chromium' ? chromeBuild : firefoxBuild;
  describe.skipIf(!existsSync(build))(`resuming in the library in ${name}`, () => {
    let browser: TestBrowser | undefined;
    afterAll(async () => await browser?.close());

    it('scroll, close at once, reopen: the same place, not the top', async () => {
      browser = await launchBrowser(name);
      const library = await openLibrary(browser);
      const id = await saveDraft(library, longDraft());
      await openSaved(library, TITLE, false);
      expect(await library.evaluate(() => {
        const el = document.querySelector<HTMLElement>('.lib-reader-scroll')!;
        return el.scrollHeight > 3 * el.clientHeight;
      })).toBe(true);
      await scrollReader(library, 0.6);
      // Closed within the second the scroll waits before saving: the close itself must save the place.
      await library.evaluate(() => document.querySelector<HTMLButtonElement>('.lib-reader-bar button')!.click());
      await library.waitForFunction(() => !document.querySelector('.lib-reader'));
      await library.waitForFunction(async (articleId) =>
        Math.abs((await (globalThis as LibraryHooked).siftLibrary!.api.get(articleId))!.progress - 0.6) < 0.02, id);

      await openSaved(library, TITLE, false);
      await library.waitForFunction(() => {
        const el = document.querySelector<HTMLElement>('.lib-reader-scroll')!;
        return Math.abs(el.scrollTop / (el.scrollHeight - el.clientHeight) - 0.6) < 0.02;
      });
      expect(await readerPlace(library)).toBeCloseTo(0.6, 1);
      // Reopening alone writes nothing new.
      expect(await storedProgress(library, id)).toBeCloseTo(0.6, 1);
    });

    it('saves while the reader scrolls, so a reload (or a closed tab) reopens there too', async () => {
      const library = await openLibrary(browser!);
      const id = (await library.evaluate(async () =>
        (await (globalThis as LibraryHooked).siftLibrary!.api.list({ text: '', site: null, tag: null, read: 'all' }))[0]!.id));
      await openSaved(library, TITLE, false);
      await library.waitForFunction(() => document.querySelector<HTMLElement>('.lib-reader-scroll')!.scrollTop > 0);
      await scrollReader(library, 0.3);
      await library.waitForFunction(async (articleId) =>
        Math.abs((await (globalThis as LibraryHooked).siftLibrary!.api.get(articleId))!.progress - 0.3) < 0.02, id);
      await library.close();

      const again = await openLibrary(browser!);
      await openSaved(again, TITLE, false);
      await again.waitForFunction(() => {
        const el = document.querySelector<HTMLElement>('.lib-reader-scroll')!;
        return Math.abs(el.scrollTop / (el.scrollHeight - el.clientHeight) - 0.3) < 0.02;
      });
      expect(await readerPlace(again)).toBeCloseTo(0.3, 1);
    });
  });
}
