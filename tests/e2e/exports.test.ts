import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryArticle } from '../../components/library/LibraryApi';
import { parseHtml } from '../../scripts/lib/parse-html';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers';
import { chromeBuild } from './harness/chromium';
import { firefoxBuild } from './harness/firefox';
import { openLibrary, search, type LibraryHooked } from './harness/library-page';
import { fixtureDraft } from './library-draft';
import { countHtml, countMarkdown, epubcheck, hasEpubcheck, onCi, text } from '../unit/library/export/export-helpers';
import { RICH_IMAGES, richArticle } from '../unit/library/export/rich-article';

// Issue 15 item 1 in real browsers: the library page's Export menu writes Markdown notes, HTML pages and an EPUB
// book from what the database holds, and the files carry every heading, list item, link and picture.

const pages = resolve('tests/fixtures/e2e-pages');
const harbourPng = readFileSync(join(pages, 'library-article/harbour.png'));

/**
 * Chooses an export in the menu as a reader does and returns the file's name and bytes. Chromium: the browser's real
 * download, caught by Playwright. Firefox over WebDriver BiDi offers no download capture (../shared/TOOLCHAIN.md
 * has none), so the same menu and export code run there and the Blob handed to the download link is read instead.
 */
async function exportFile(
  browser: TestBrowser,
  page: TestPage,
  label: string,
): Promise<{ name: string; bytes: Uint8Array }> {
  if (browser.name === 'chromium') {
    const raw = page.raw as PwPage;
    await raw.click('.lib-menu summary');
    const [download] = await Promise.all([
      raw.waitForEvent('download', { timeout: 60_000 }),
      raw.getByRole('menuitem', { name: label }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(await download.path())) };
  }
  const caught = await page.evaluate(async (wanted) => {
    const link = new Promise<{ href: string; name: string }>((done) => {
      HTMLAnchorElement.prototype.click = function () {
        done({ href: this.href, name: this.download });
      };
    });
    document.querySelector<HTMLElement>('.lib-menu summary')!.click();
    [...document.querySelectorAll<HTMLButtonElement>('[role=menuitem]')].find((b) => b.textContent === wanted)!.click();
    const { href, name } = await link;
    return { name, bytes: [...new Uint8Array(await (await fetch(href)).arrayBuffer())] };
  }, label);
  return { name: caught.name, bytes: new Uint8Array(caught.bytes) };
}

for (const name of browserNames) {
  const build = name === 'chromium' ? chromeBuild : firefoxBuild;
  describe.skipIf(!existsSync(build))(`exports in ${name}`, () => {
    let browser: TestBrowser;
    let page: TestPage;
    const stored = new Map<string, string>(); // url → html as the library keeps it

    beforeAll(async () => {
      browser = await launchBrowser(name);
      page = await openLibrary(browser);
      const harbour = fixtureDraft(
        join(pages, 'library-article/index.html'),
        'https://harbour.example/library-article/',
      );
      for (const [draft, image] of [
        [harbour, harbour.images[0]!],
        [richArticle, RICH_IMAGES.stored],
      ] as const) {
        const { id } = await page.evaluate(
          ({ d, url, bytes }) =>
            (globalThis as LibraryHooked).siftLibrary!.save(d, {
              [url]: new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
            }),
          { d: draft, url: image, bytes: [...harbourPng] },
        );
        const article = (await page.evaluate(
          (articleId) => (globalThis as LibraryHooked).siftLibrary!.api.get(articleId),
          id,
        )) as LibraryArticle;
        stored.set(article.url, article.draft.html);
      }
      await page.waitForFunction(() => document.querySelectorAll('[role=option]').length === 2);
    });
    afterAll(() => browser?.close());

    it('exports Markdown notes with their pictures beside them, nothing lost', async () => {
      const { name: file, bytes } = await exportFile(browser, page, 'Markdown notes (zip, images beside)');
      expect(file).toMatch(/^sift-library-\d{4}-\d\d-\d\d\.zip$/);
      const files = unzipSync(bytes);
      const notes = Object.keys(files).filter((n) => n.endsWith('.md'));
      expect(notes).toHaveLength(2);
      for (const note of notes.map((n) => text(files[n]))) {
        const url = JSON.parse(/^url: (.*)$/m.exec(note)![1]!) as string;
        const body = note.slice(note.indexOf('\n---\n', 4) + 5);
        expect(countMarkdown(body), url).toEqual(countHtml(parseHtml(`<body>${stored.get(url)}</body>`)));
      }
      const pictures = Object.keys(files).filter((n) => n.includes('/attachments/'));
      expect(pictures).toHaveLength(2);
      for (const picture of pictures) expect(Buffer.from(files[picture]!).equals(harbourPng)).toBe(true);
    });

    it('exports self-contained HTML pages, pictures embedded', async () => {
      const { name: file, bytes } = await exportFile(browser, page, 'HTML pages (zip, images embedded)');
      expect(file).toMatch(/\.zip$/);
      const files = unzipSync(bytes);
      const articles = Object.keys(files).filter((n) => n.endsWith('.html') && !n.endsWith('/index.html'));
      expect(articles).toHaveLength(2);
      for (const article of articles) {
        const doc = parseHtml(text(files[article]));
        const url = doc.querySelector('header a')!.getAttribute('href')!;
        expect(countHtml(doc.querySelector('.sift-body')!), url).toEqual(
          countHtml(parseHtml(`<body>${stored.get(url)}</body>`)),
        );
        const embedded = [...doc.querySelectorAll('img')].filter((img) => img.getAttribute('src')!.startsWith('data:'));
        expect(embedded.length, url).toBe(1);
      }
    });

    it('exports an EPUB book that epubcheck finds no error in', { timeout: 180_000 }, async (ctx) => {
      const { name: file, bytes } = await exportFile(browser, page, 'EPUB book of the articles listed');
      expect(file).toMatch(/^sift-articles-\d{4}-\d\d-\d\d\.epub$/);
      expect(text(bytes.subarray(30, 58))).toBe('mimetypeapplication/epub+zip');
      const files = unzipSync(bytes);
      expect(Object.keys(files).filter((n) => /^OEBPS\/chapter-\d+\.xhtml$/.test(n))).toHaveLength(2);
      expect(Object.keys(files).filter((n) => n.startsWith('OEBPS/images/'))).toHaveLength(2);
      if (!hasEpubcheck()) {
        // CI installs it (.ci/run): there its absence is a failure; elsewhere the step shows as skipped, not passed.
        expect(onCi(), 'epubcheck is not installed (apt-get install epubcheck)').toBe(false);
        ctx.skip('epubcheck is not installed');
      }
      const path = join(mkdtempSync(join(tmpdir(), 'sift-epub-e2e-')), file);
      writeFileSync(path, bytes);
      const verdict = epubcheck(path);
      expect(verdict.ok, verdict.output).toBe(true);
    });

    it('puts in the book only the articles the list shows', async () => {
      await search(page, 'tuesday');
      await page.waitForFunction(() => document.querySelectorAll('[role=option]').length === 1);
      const { bytes } = await exportFile(browser, page, 'EPUB book of the articles listed');
      const files = unzipSync(bytes);
      const chapters = Object.keys(files).filter((n) => /^OEBPS\/chapter-\d+\.xhtml$/.test(n));
      expect(chapters).toEqual(['OEBPS/chapter-0001.xhtml']);
      expect(text(files[chapters[0]!])).toContain('Harbour plan');
      await search(page, '');
    });

    it('reports no page errors while exporting', () => {
      expect(page.consoleErrors).toEqual([]);
    });
  });
}
