import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { ElementHandle, Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryArticle } from '../../components/library/LibraryApi';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers';
import { chromeBuild } from './harness/chromium';
import { firefoxBuild } from './harness/firefox';
import { openLibrary, rowTitles, search, type LibraryHooked } from './harness/library-page';
import { startServer, type StaticServer } from './harness/server';
import { storageGet } from './harness/storage';
import { FIRST_SCREEN_KEY } from '../../utils/library/first-screen/first-screen';
import { fixtureDraft } from './library-draft';

// Flow 4 in real browsers: a saved article survives a restart, reads offline with its images, is found by a
// word and by a figure, and round-trips through Sift JSON into a fresh profile.

const pages = resolve('tests/fixtures/e2e-pages');
type Hooked = LibraryHooked;

/** Chooses a file in the page's import picker, as a reader would. */
async function upload(browser: TestBrowser, page: TestPage, file: string) {
  if (browser.name === 'chromium') {
    await (page.raw as PwPage).setInputFiles('input[type=file]', file);
  } else {
    const input = (await (page.raw as PpPage).$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
  }
}

/** A stored article as plain data, images as type, size and bytes, for comparing across profiles. */
async function snapshot(page: TestPage, id: string) {
  return page.evaluate(async (articleId) => {
    const article = (await (globalThis as Hooked).siftLibrary!.api.get(articleId)) as LibraryArticle;
    const images: Record<string, { type: string; bytes: number[] }> = {};
    for (const [src, blob] of Object.entries(article.images)) {
      images[src] = { type: blob.type, bytes: [...new Uint8Array(await blob.arrayBuffer())] };
    }
    return JSON.parse(JSON.stringify({ ...article, images })) as unknown;
  }, id);
}

for (const name of browserNames) {
  const build = name === 'chromium' ? chromeBuild : firefoxBuild;
  if (!existsSync(build))
    console.warn(`library e2e in ${name} skipped: no build at ${build} (npm run test:e2e builds it)`);
  describe.skipIf(!existsSync(build))(`library in ${name}`, () => {
    let server: StaticServer;
    let browser: TestBrowser | undefined;
    let id = '';

    beforeAll(async () => {
      server = await startServer({ '/': pages });
    });
    afterAll(async () => {
      await browser?.close();
      await server.stop();
    });

    it('saves a fixture article with its image (stopgap: through the library api from the library page)', async () => {
      browser = await launchBrowser(name);
      const page = await openLibrary(browser);
      const draft = fixtureDraft(join(pages, 'library-article/index.html'), `${server.origin}/library-article/`);
      expect(draft.images).toEqual([`${server.origin}/library-article/harbour.png`]);
      // The bytes go along: an extension page may not fetch another origin's image (Firefox refuses without CORS).
      const png = [...readFileSync(join(pages, 'library-article/harbour.png'))];
      id = (
        await page.evaluate(
          ({ d, bytes }) =>
            (globalThis as Hooked).siftLibrary!.save(d, {
              [d.images[0]!]: new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
            }),
          { d: draft, bytes: png },
        )
      ).id;
      expect(id).toBeTruthy();
    });

    it('finds the article in the library after a browser restart', async () => {
      await browser!.relaunch();
      const page = await openLibrary(browser!);
      await page.waitForFunction(() => document.querySelectorAll('[role=option]').length > 0);
      expect(await rowTitles(page)).toEqual([expect.stringContaining('Brennholm harbour reopens')]);
      // And the copy of the first screen, drawn before the database opens, survived the restart too.
      const copy = (await storageGet(page, FIRST_SCREEN_KEY)) as { rows: { id: string }[] };
      expect(copy.rows.map((row) => row.id)).toEqual([id]);
    });

    it('reads it with its images once the server is down', async () => {
      await server.stop();
      const page = await openLibrary(browser!);
      await page.waitForFunction(() => document.querySelectorAll('[role=option]').length > 0);
      await page.evaluate(() => document.querySelector<HTMLElement>('[role=option]')!.click());
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('article img');
        return !!img && img.complete && img.naturalWidth > 0;
      });
      const seen = await page.evaluate(() => {
        const img = document.querySelector<HTMLImageElement>('article img')!;
        return { src: img.src, width: img.naturalWidth, text: document.querySelector('article')!.textContent ?? '' };
      });
      expect(seen.src).toMatch(/^blob:/);
      expect(seen.width).toBe(160);
      expect(seen.text).toContain('smoked mackerel');
    });

    it('finds it by a word of its text and by a figure, and not by a word it lacks', async () => {
      const page = await openLibrary(browser!);
      for (const [query, hits] of [
        ['mackerel', 1],
        ['$4.7bn', 1],
        ['zeppelin', 0],
      ] as const) {
        await search(page, query);
        await page.waitForFunction(
          (n) =>
            n === 0
              ? !!document.querySelector('.lib-list-state')?.textContent?.includes('No saved article matches')
              : document.querySelectorAll('[role=option]').length === n,
          hits,
        );
        expect((await rowTitles(page)).length, query).toBe(hits);
      }
    });

    it('exports Sift JSON and imports it into a fresh profile with equal records', async () => {
      const page = await openLibrary(browser!);
      const before = await snapshot(page, id);
      // Catch the file the Export menu hands to the browser's download.
      const exported = await page.evaluate(async () => {
        const link = new Promise<string>((resolveLink) => {
          HTMLAnchorElement.prototype.click = function () {
            resolveLink(this.href);
          };
        });
        const button = [...document.querySelectorAll<HTMLButtonElement>('[role=menuitem]')].find((item) =>
          item.textContent?.startsWith('Sift JSON'),
        )!;
        button.click();
        return (await fetch(await link)).text();
      });
      const file = join(mkdtempSync(join(tmpdir(), 'sift-export-')), 'sift-export.json');
      writeFileSync(file, exported);
      await browser!.close();

      browser = await launchBrowser(name); // a fresh profile
      const fresh = await openLibrary(browser);
      await fresh.waitForFunction(
        () => !!document.querySelector('.lib-list-state')?.textContent?.includes('Nothing saved'),
      );
      await upload(browser, fresh, file);
      await fresh.waitForFunction(() => !!document.querySelector('[aria-label="Import report"]'));
      const report = await fresh.evaluate(() => document.querySelector('[aria-label="Import report"]')!.textContent);
      expect(report).toContain('1 imported, 0 merged with saved articles, 0 refused');
      expect(await snapshot(fresh, id)).toEqual(before);
    });
  });
}
