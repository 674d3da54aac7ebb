import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../utils/article/types';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers';
import { chromeBuild } from './harness/chromium';
import { firefoxBuild } from './harness/firefox';
import { openLibrary, search, type LibraryHooked } from './harness/library-page';

// Issue 15 items 3 and 5 in real browsers: a search row says why it matched (snippet, marks drawn as text), opening
// it scrolls to the match and highlights it, Chinese is found by any two characters beside a figure, rows show a
// thumbnail of the lead image, and Export is disabled while nothing is saved.

const png = [...readFileSync(resolve('tests/fixtures/e2e-pages/library-article/harbour.png'))];
const IMAGE = 'https://images.example/harbour.png';

function draft(url: string, title: string, paragraphs: string[], images: string[] = []): ArticleDraft {
  const text = paragraphs.join('\n\n');
  const escape = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return {
    url,
    canonicalUrl: url,
    title,
    byline: null,
    siteName: 'Test Harbour News',
    published: '2025-03-01T08:00:00.000Z',
    lang: null,
    dir: null,
    excerpt: 'What the port plans this year.',
    html:
      images.map((src) => `<p><img src="${src}" alt=""></p>`).join('') +
      paragraphs.map((p) => `<p>${escape(p)}</p>`).join(''),
    text,
    words: text.split(/\s+/).length,
    readingMinutes: 3,
    images,
    figures: [],
  };
}

// The match sits far down a long text, after a literal tag (text, not markup) that must stay text in the snippet.
const filler = Array.from({ length: 80 }, (_, i) => `Paragraph ${i} says nothing of note about the weather.`);
const english = draft(
  'https://news.example/harbour',
  'The port plans a busy year',
  [...filler, 'A note reading <b>bold</b> and then: dredging the channel will cost $3.2bn.', ...filler],
  [IMAGE],
);
const chinese = draft('https://news.example/zh', '初创公司融资500万美元', ['这家公司计划用这笔资金研发芯片。']);

for (const name of browserNames) {
  const build = name === 'chromium' ? chromeBuild : firefoxBuild;
  describe.skipIf(!existsSync(build))(`library search and list in ${name}`, () => {
    let browser: TestBrowser | undefined;
    let page: TestPage;
    afterAll(async () => {
      await browser?.close();
    });

    it('disables Export while nothing is saved, and enables it after a save', async () => {
      browser = await launchBrowser(name);
      page = await openLibrary(browser);
      await page.waitForFunction(() => !!document.querySelector('.lib-export-empty'));
      expect(
        await page.evaluate(() => ({
          disabled: document.querySelector<HTMLButtonElement>('.lib-export-empty')!.disabled,
          menuHidden: document.querySelector<HTMLDetailsElement>('.lib-menu')!.hidden,
        })),
      ).toEqual({ disabled: true, menuHidden: true });
      await page.evaluate(
        async ({ drafts, bytes, image }) => {
          const hook = (globalThis as LibraryHooked).siftLibrary!;
          await hook.save(drafts[0]!, { [image]: new Blob([new Uint8Array(bytes)], { type: 'image/png' }) });
          await hook.save(drafts[1]!);
        },
        { drafts: [english, chinese], bytes: png, image: IMAGE },
      );
      await page.waitForFunction(
        () => !document.querySelector('.lib-export-empty') && !document.querySelector<HTMLElement>('.lib-menu')!.hidden,
      );
    });

    it('shows each row with its excerpt, publication date and a small thumbnail of its lead image', async () => {
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('.lib-row-thumb')].some(
          (img) => img.complete && img.naturalWidth > 0,
        ),
      );
      const row = await page.evaluate(() => {
        const el = [...document.querySelectorAll('[role=option]')].find((r) => r.textContent?.includes('busy year'))!;
        const img = el.querySelector<HTMLImageElement>('.lib-row-thumb')!;
        return { text: el.textContent, width: img.naturalWidth, height: img.naturalHeight };
      });
      expect(row.text).toContain('What the port plans this year.');
      expect(row.text).toMatch(/published/i);
      // Stored small: no larger than twice the list's 96 x 64 box.
      expect(row.width).toBeGreaterThan(0);
      expect(row.width * row.height).toBeLessThanOrEqual(192 * 128 * 4);
    });

    it('says why a row matched: the text around the match, the words marked, article text kept as text', async () => {
      await search(page, 'dredging');
      await page.waitForFunction(() => !!document.querySelector('.lib-row-snippet mark'));
      const snippet = await page.evaluate(() => {
        const el = document.querySelector('.lib-row-snippet')!;
        return {
          text: el.textContent,
          marks: [...el.querySelectorAll('mark')].map((m) => m.textContent),
          elements: [...el.querySelectorAll('*')].map((e) => e.localName),
        };
      });
      expect(snippet.marks).toEqual(['dredging']);
      expect(snippet.text).toContain('<b>bold</b>');
      expect(snippet.elements).toEqual(['mark']);
    });

    it('opens a result at its first match, highlighted', async () => {
      await page.evaluate(() => document.querySelector<HTMLElement>('[role=option]')!.click());
      await page.waitForFunction(() => {
        const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        const ranges = registry?.get('sift-find') ?? [];
        const found = [...ranges].map(String)[0] ?? globalThis.getSelection()?.toString();
        return /dredging/i.test(found ?? '');
      });
      const place = await page.evaluate(() => {
        const scroller = document.querySelector<HTMLElement>('.lib-reader-scroll')!;
        const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        const range = registry?.get('sift-find')
          ? [...registry.get('sift-find')!][0]!
          : globalThis.getSelection()!.getRangeAt(0);
        const box = range.getBoundingClientRect();
        const view = scroller.getBoundingClientRect();
        return { scrollTop: scroller.scrollTop, inView: box.top >= view.top && box.bottom <= view.bottom };
      });
      expect(place.scrollTop).toBeGreaterThan(0);
      expect(place.inView).toBe(true);
    });

    it('finds a Chinese title by a figure written against its characters', async () => {
      await search(page, '500万');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[role=option] mark')].some((m) => m.textContent === '500万'),
      );
      const titles = await page.evaluate(() =>
        [...document.querySelectorAll('[role=option] .lib-row-title')].map((r) => r.textContent),
      );
      expect(titles).toHaveLength(1);
      expect(titles[0]).toContain('初创公司融资500万美元');
    });
  });
}
