import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers';
import { chromeBuild } from './harness/chromium';
import { textContrast } from './harness/contrast';
import { firefoxBuild } from './harness/firefox';
import { openLibrary } from './harness/library-page';
import { openSaved, saveDraft } from './harness/library-reader';
import { fixtureDraft } from './library-draft';

// Issue 14's blocker: in dark mode the library's reading view drew #1f2328 text on #17181a, because the library
// never defined the colours the article view uses. Every theme, and the system's dark, must be readable there.

const page = join(resolve('tests/fixtures/e2e-pages'), 'library-article/index.html');
const TITLE = 'Brennholm harbour reopens';
// What a reader reads in the library: the article's own text and header, the list beside it, the reader's controls.
const TEXT = [
  '.sift-article h1',
  '.sift-body p',
  '.sift-meta',
  '.sift-site',
  '.sift-figure-value',
  '.sift-figure',
  '.sift-listen button',
  '.sift-settings-label',
  '.lib-row-title',
  '.lib-row-meta',
  '.lib-reader-bar button',
  '.lib-reader-bar a',
  '.lib-header h1',
  '.sift-settings output',
];

/** Picks a theme in the reader's select, as a reader would (React listens to change events). */
async function pickTheme(library: TestPage, theme: string) {
  await library.evaluate((value) => {
    const select = document.querySelector<HTMLSelectElement>('.lib-reader-bar select')!;
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, theme);
  await library.waitForFunction((value) => document.documentElement.dataset.theme === value, theme);
}

const scheme = (library: TestPage) => library.evaluate(() => getComputedStyle(document.documentElement).colorScheme);

for (const name of browserNames) {
  const build = name === 'chromium' ? chromeBuild : firefoxBuild;
  describe.skipIf(!existsSync(build))(`reading themes in the library in ${name}`, () => {
    let browser: TestBrowser | undefined;
    afterAll(async () => await browser?.close());

    it('follows a dark system: the article, list and controls are readable (contrast ≥ 4.5)', async () => {
      // Firefox reads the system's theme from a pref; Chromium's is emulated on the page.
      browser = await launchBrowser(name, { prefs: { 'ui.systemUsesDarkTheme': 1 } });
      const library = await openLibrary(browser);
      if (name === 'chromium') await (library.raw as PwPage).emulateMedia({ colorScheme: 'dark' });
      await saveDraft(library, fixtureDraft(page, 'https://coastal.example/brennholm'));
      await openSaved(library, TITLE, false);
      expect(await library.evaluate(() => document.documentElement.dataset.theme)).toBe('system');
      expect(await scheme(library)).toBe('dark');
      const seen = await textContrast(library, TEXT);
      expect(seen.map((s) => s.selector)).toEqual(TEXT);
      for (const s of seen) expect(s.ratio, `${s.selector}: ${s.color} on ${s.background}`).toBeGreaterThanOrEqual(4.5);
      // Dark really: light text on a dark page, not the light theme's colours.
      const body = seen.find((s) => s.selector === '.sift-body p')!;
      expect(body.background).toBe('rgb(22, 25, 29)');
      expect(body.color).toBe('rgb(230, 232, 235)');
    });

    it('keeps every theme the reader picks readable, and the pick survives a reload', async () => {
      const library = await openLibrary(browser!);
      await openSaved(library, TITLE, false);
      for (const [theme, colorScheme] of [
        ['light', 'light'],
        ['sepia', 'light'],
        ['dark', 'dark'],
      ] as const) {
        await pickTheme(library, theme);
        expect(await scheme(library), theme).toBe(colorScheme);
        for (const s of await textContrast(library, TEXT)) {
          expect(s.ratio, `${theme} ${s.selector}: ${s.color} on ${s.background}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      // Stored for every Sift page: a new library page opens dark before any article is opened.
      const again = await openLibrary(browser!);
      await again.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      expect(await scheme(again)).toBe('dark');
    });

    it('sets typeface, line spacing and line length for the article; the default line holds 60-75 characters', async () => {
      const library = await openLibrary(browser!);
      await openSaved(library, TITLE, false);
      /**
       * Characters a line at the article's measure: the whole article's prose (spaces collapsed) set as one
       * paragraph in the body, its lines counted from its height. A single short paragraph swings by a whole line
       * between browsers (5 lines in one, 6 in the other for the same 290 letters).
       */
      const perLine = () =>
        library.evaluate(() => {
          const body = document.querySelector('.sift-body')!;
          const text = [...body.querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
          const probe = document.createElement('p');
          probe.textContent = text;
          body.append(probe);
          const lines = probe.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(probe).lineHeight);
          probe.remove();
          return Math.round(text.length / Math.max(1, Math.round(lines) - 0.5));
        });
      const set = (selector: string, value: string) =>
        library.evaluate(
          ({ selector, value }) => {
            const select = document.querySelectorAll<HTMLSelectElement>('.lib-reader-bar .sift-settings select')[
              Number(selector)
            ]!;
            Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
            select.dispatchEvent(new Event('change', { bubbles: true }));
          },
          { selector, value },
        );
      const style = () =>
        library.evaluate(() => {
          const s = getComputedStyle(document.querySelector('.sift-article')!);
          return { font: s.fontFamily, lineHeight: Number.parseFloat(s.lineHeight) / Number.parseFloat(s.fontSize) };
        });
      // A window wide enough for the measure to be what bounds the column (Firefox's default window is narrower).
      const raw = library.raw as unknown as {
        setViewportSize?(size: { width: number; height: number }): Promise<void>;
        setViewport?(size: { width: number; height: number }): Promise<void>;
      };
      await (raw.setViewportSize ?? raw.setViewport)!.call(raw, { width: 1280, height: 900 });
      const comfortable = await perLine();
      expect(comfortable).toBeGreaterThanOrEqual(60);
      expect(comfortable).toBeLessThanOrEqual(75);
      await set('1', 'serif'); // the selects in order: theme, typeface, line spacing, line length
      await set('2', '2');
      await set('3', 'narrow');
      await library.waitForFunction(
        () =>
          document.documentElement.dataset.font === 'serif' &&
          document.documentElement.style.getPropertyValue('--sift-measure') === '45ch',
      );
      const after = await style();
      expect(after.font).toMatch(/serif/);
      expect(after.font).not.toMatch(/system-ui/);
      expect(after.lineHeight).toBeCloseTo(2, 1);
      expect(await perLine()).toBeLessThan(comfortable);
      // One set everywhere: the stored prefs a popup or full tab reads.
      const stored = await library.evaluate(async () => {
        type Api = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        return (await (g.browser ?? g.chrome).storage.local.get('readerPrefs')).readerPrefs;
      });
      expect(stored).toMatchObject({ font: 'serif', lineHeight: 2, width: 'narrow' });
      console.log(`${name}: ${comfortable} characters a line at the default measure`);
    });
  });
}
