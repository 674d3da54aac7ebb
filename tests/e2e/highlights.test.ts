import { existsSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers';
import { chromeBuild } from './harness/chromium';
import { firefoxBuild } from './harness/firefox';
import { openLibrary, type LibraryHooked } from './harness/library-page';
import { openSaved } from './harness/library-reader';
import { selectPhrase } from './harness/select-text';
import { richArticle } from '../unit/library/export/rich-article';

// Issue 15 item 4 in real browsers: select text in the library's reader, highlight it (a key and a button), add a
// note, reload and find both drawn again; the Highlights view lists, searches and opens them; exports carry them.

type Keyed = { keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> } };

const stored = (page: TestPage, id: string) =>
  // Through JSON: Firefox's BiDi hands a Dexie result array back as a non-array object.
  page
    .evaluate(async (i) => JSON.stringify(await (globalThis as LibraryHooked).siftLibrary!.api.highlights(i)), id)
    .then(
      (json) => JSON.parse(json) as Awaited<ReturnType<NonNullable<LibraryHooked['siftLibrary']>['api']['highlights']>>,
    );

const marks = (page: TestPage) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.lib-reader mark.sift-hl')].map((m) => ({
      text: m.textContent,
      color: [...m.classList].find((c) => /^sift-hl-/.test(c)),
    })),
  );

for (const name of browserNames) {
  const build = name === 'chromium' ? chromeBuild : firefoxBuild;
  describe.skipIf(!existsSync(build))(`highlights in ${name}`, () => {
    let browser: TestBrowser;
    let page: TestPage;
    let id: string;

    beforeAll(async () => {
      browser = await launchBrowser(name);
      page = await openLibrary(browser);
      ({ id } = await page.evaluate((d) => (globalThis as LibraryHooked).siftLibrary!.save(d, {}), richArticle));
    });
    afterAll(() => browser?.close());

    it('highlights a selection with the H key and a colour button, and keeps a note', async () => {
      await openSaved(page, richArticle.title, false);
      await selectPhrase(page, 'Two new piers');
      await (page.raw as unknown as Keyed).keyboard.press('h');
      await page.waitForFunction(() => document.querySelectorAll('.lib-reader mark.sift-hl').length === 1);

      await selectPhrase(page, 'Ferries run every');
      await page.evaluate(() => document.querySelector<HTMLElement>('.sift-hl-toolbar [data-hl-color=green]')!.click());
      await page.waitForFunction(() => document.querySelectorAll('.lib-reader mark.sift-hl').length >= 2);

      // A note on the first highlight: click it, open the note box, type, save.
      await page.evaluate(() => document.querySelector<HTMLElement>('.lib-reader mark.sift-hl-yellow')!.click());
      await page.waitForFunction(() => !!document.querySelector('.sift-hl-toolbar .sift-hl-remove'));
      await page.evaluate(() => document.querySelector<HTMLElement>('.sift-hl-note-button')!.click());
      await page.waitForFunction(() => document.activeElement?.classList.contains('sift-hl-note'));
      await (page.raw as unknown as Keyed).keyboard.type('Which piers? Ask.');
      await page.evaluate(() => document.querySelector<HTMLElement>('.sift-hl-save-note')!.click());
      await page.waitForFunction(() => !!document.querySelector('.lib-reader mark.sift-hl[title="Which piers? Ask."]'));

      const saved = await stored(page, id);
      expect(saved.map((h) => [h.quote.exact, h.color, h.note])).toEqual([
        ['Two new piers', 'yellow', 'Which piers? Ask.'],
        ['Ferries run every', 'green', ''],
      ]);
      expect(page.consoleErrors).toEqual([]);
    });

    it('draws them again in a freshly opened library page', async () => {
      // A new library page reads everything back from the database (Firefox's BiDi never reports a reload of an
      // extension page as loaded, so the page is opened afresh rather than reloaded).
      await page.close();
      page = await openLibrary(browser);
      await openSaved(page, richArticle.title, false);
      await page.waitForFunction(() => document.querySelectorAll('.lib-reader mark.sift-hl').length >= 2);
      expect(await marks(page)).toEqual([
        { text: 'Ferries run every', color: 'sift-hl-green' },
        { text: 'Two new piers', color: 'sift-hl-yellow' },
      ]);
    });

    it('lists them in the Highlights view, searches, and opens the article at one', async () => {
      await page.evaluate(() => document.querySelector<HTMLElement>('.lib-reader-bar button')!.click()); // back to list
      await page.evaluate(() => document.querySelector<HTMLElement>('.lib-view-highlights')!.click());
      await page.waitForFunction(() => document.querySelectorAll('.lib-highlight').length === 2);
      const listed = await page.evaluate(() =>
        [...document.querySelectorAll('.lib-highlight')].map(
          (b) => b.querySelector('.lib-highlight-quote')!.textContent,
        ),
      );
      // Newest first.
      expect(listed).toEqual(['Ferries run every', 'Two new piers']);
      await page.evaluate(() => {
        const box = document.querySelector<HTMLInputElement>('.lib-highlights-search')!;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, 'ask');
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.waitForFunction(() => document.querySelectorAll('.lib-highlight').length === 1);
      await page.evaluate(() => document.querySelector<HTMLElement>('.lib-highlight')!.click());
      await page.waitForFunction(
        () => (document.activeElement as HTMLElement | null)?.matches?.('.lib-reader mark.sift-hl-yellow') ?? false,
      );
      const inView = await page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
      expect(inView).toBe(true);
    });

    it('exports them: Sift JSON, Markdown ==marks== and front matter', async () => {
      const files = await page.evaluate(async () => {
        const { api } = (globalThis as LibraryHooked).siftLibrary!;
        const json = await (await api.exportAll('sift-json', {})).blob.text();
        const zip = [...new Uint8Array(await (await api.exportAll('markdown', {})).blob.arrayBuffer())];
        return { json, zip };
      });
      const article = JSON.parse(files.json).articles[0];
      expect(article.highlights.map((h: { note: string }) => h.note)).toEqual(['Which piers? Ask.', '']);
      const unzipped = unzipSync(new Uint8Array(files.zip));
      const note = new TextDecoder().decode(unzipped[Object.keys(unzipped).find((f) => f.endsWith('.md'))!]);
      expect(note).toContain('==Two new piers==');
      expect(note).toContain('note: "Which piers? Ask."');
    });
  });
}
