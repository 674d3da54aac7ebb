import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryArticle, LibraryTestHook } from '../../components/LibraryApi';
import { buildDir, freshProfile, launch, type BrowserName, type ExtBrowser, type ExtPage } from './library-browsers';
import { fixtureDraft } from './library-draft';
import { serve } from './library-server';

// Flow 4 in real browsers: a saved article survives a restart, reads offline with its images, is found by a
// word and by a figure, and round-trips through Sift JSON into a fresh profile.

const pages = resolve('tests/e2e/pages');
type Hooked = typeof globalThis & { siftLibrary?: LibraryTestHook };

async function openLibrary(browser: ExtBrowser): Promise<ExtPage> {
  const page = await browser.open('library.html');
  await page.waitFor(() => !!(globalThis as Hooked).siftLibrary, null);
  return page;
}

/** Types into the search box the way a reader does (React listens to input events). */
async function search(page: ExtPage, text: string) {
  await page.evaluate((value) => {
    const box = document.querySelector<HTMLInputElement>('input[type=search]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, value);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

const rowTitles = (page: ExtPage) =>
  page.evaluate(() => [...document.querySelectorAll('[role=option]')].map((row) => row.textContent ?? ''), null);

/** A stored article as plain data, images as type, size and bytes, for comparing across profiles. */
async function snapshot(page: ExtPage, id: string) {
  return page.evaluate(async (articleId) => {
    const article = (await (globalThis as Hooked).siftLibrary!.api.get(articleId)) as LibraryArticle;
    const images: Record<string, { type: string; bytes: number[] }> = {};
    for (const [src, blob] of Object.entries(article.images)) {
      images[src] = { type: blob.type, bytes: [...new Uint8Array(await blob.arrayBuffer())] };
    }
    return JSON.parse(JSON.stringify({ ...article, images })) as unknown;
  }, id);
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(!existsSync(buildDir(name)))(`library in ${name}`, () => {
    const profile = freshProfile();
    let server: Awaited<ReturnType<typeof serve>>;
    let browser: ExtBrowser | undefined;
    let id = '';

    beforeAll(async () => {
      server = await serve(pages);
    });
    afterAll(async () => {
      await browser?.close();
      await server.stop();
    });

    it('saves a fixture article with its image (stopgap: through the library api from the library page)', async () => {
      browser = await launch(name, profile);
      const page = await openLibrary(browser);
      const draft = fixtureDraft(join(pages, 'library-article/index.html'), `${server.origin}/library-article/`);
      expect(draft.images).toEqual([`${server.origin}/library-article/harbour.png`]);
      id = (await page.evaluate((d) => (globalThis as Hooked).siftLibrary!.save(d), draft)).id;
      expect(id).toBeTruthy();
    });

    it('finds the article in the library after a browser restart', async () => {
      await browser!.close();
      browser = await launch(name, profile);
      const page = await openLibrary(browser);
      await page.waitFor(() => document.querySelectorAll('[role=option]').length > 0, null);
      expect(await rowTitles(page)).toEqual([expect.stringContaining('Brennholm harbour reopens')]);
    });

    it('reads it with its images once the server is down', async () => {
      await server.stop();
      const page = await openLibrary(browser!);
      await page.waitFor(() => document.querySelectorAll('[role=option]').length > 0, null);
      await page.evaluate(() => document.querySelector<HTMLElement>('[role=option]')!.click(), null);
      await page.waitFor(() => {
        const img = document.querySelector<HTMLImageElement>('article img');
        return !!img && img.complete && img.naturalWidth > 0;
      }, null);
      const seen = await page.evaluate(() => {
        const img = document.querySelector<HTMLImageElement>('article img')!;
        return { src: img.src, width: img.naturalWidth, text: document.querySelector('article')!.textContent ?? '' };
      }, null);
      expect(seen.src).toMatch(/^blob:/);
      expect(seen.width).toBe(160);
      expect(seen.text).toContain('smoked mackerel');
    });

    it('finds it by a word of its text and by a figure, and not by a word it lacks', async () => {
      const page = await openLibrary(browser!);
      for (const [query, hits] of [['mackerel', 1], ['$4.7bn', 1], ['zeppelin', 0]] as const) {
        await search(page, query);
        await page.waitFor(
          (n) => n === 0
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
        const button = [...document.querySelectorAll<HTMLButtonElement>('[role=menuitem]')]
          .find((item) => item.textContent?.startsWith('Sift JSON'))!;
        button.click();
        return (await fetch(await link)).text();
      }, null);
      const file = join(freshProfile(), 'sift-export.json');
      writeFileSync(file, exported);
      await browser!.close();

      browser = await launch(name, freshProfile());
      const fresh = await openLibrary(browser);
      await fresh.waitFor(() => !!document.querySelector('.lib-list-state')?.textContent?.includes('Nothing saved'), null);
      await fresh.upload('input[type=file]', file);
      await fresh.waitFor(() => !!document.querySelector('[aria-label="Import report"]'), null);
      const report = await fresh.evaluate(() => document.querySelector('[aria-label="Import report"]')!.textContent, null);
      expect(report).toContain('1 imported, 0 merged with saved articles, 0 refused');
      expect(await snapshot(fresh, id)).toEqual(before);
    });
  });
}
