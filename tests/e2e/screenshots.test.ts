import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { wrapPlaywright, type TestPage } from './harness/browsers';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { openSaved, saveDraft, waitForLibraryHook } from './harness/library-reader';
import { contentTabId, waitForContentScript } from './harness/messages';
import { startServer, type StaticServer } from './harness/server';
import { storageSet } from './harness/storage';
import { fixtureDraft } from './library-draft';

// Issue 14's goal: the store listing's pictures, made by the suite. The popup on the demo article, the library
// reading an article and the welcome page, light and dark, in English and German (Chromium's UI language, as in
// languages.test.ts), written to .output/screenshots/<page>-<lang>-<theme>.png.

const out = resolve('.output/screenshots');
const demo = '/pages/seed-deepseek-china-ai/source.html';
const themes = ['light', 'dark'] as const;

for (const lang of ['en', 'de'] as const) {
  describe(`screenshots in ${lang}`, () => {
    let session: ChromiumSession | undefined;
    let server: StaticServer | undefined;
    let ext: TestPage;
    const open = async (path: string, width: number, height: number) => {
      const page = await session!.context.newPage();
      await page.setViewportSize({ width, height });
      if (path) await page.goto(`chrome-extension://${session!.extensionId}/${path}`);
      return page;
    };
    const shoot = async (page: Page, name: string, theme: string) => {
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const file = join(out, `${name}-${lang}-${theme}.png`);
      await page.screenshot({ path: file });
      expect(statSync(file).size).toBeGreaterThan(10_000);
    };

    afterAll(async () => {
      await session?.close();
      await server?.stop();
    });

    it('popup, library and welcome page, light and dark', async () => {
      mkdirSync(out, { recursive: true });
      server = await startServer({ '/pages/': resolve('tests/fixtures/pages') });
      session = await launchChromium({ args: [`--lang=${lang === 'de' ? 'de' : 'en-US'}`] });
      const library = await open('library.html', 1280, 800);
      ext = wrapPlaywright(library);
      await waitForLibraryHook(ext);
      const draft = fixtureDraft(
        join(resolve('tests/fixtures/e2e-pages'), 'library-article/index.html'),
        'https://coastal.example/a',
      );
      await saveDraft(ext, draft);
      await openSaved(ext, 'Brennholm harbour reopens', false);

      const news = await session.context.newPage();
      await news.goto(server.url(demo));
      await waitForContentScript(ext);
      const tab = await contentTabId(ext);
      // Opened after the theme is stored: the popup reads the reader's prefs when it opens.
      for (const theme of themes) {
        await storageSet(ext, { readerPrefs: { theme, fontSize: 16 } });
        const popup = await open(`popup.html?tab=${tab}`, 440, 600);
        await popup.waitForFunction(() => !!document.querySelector('.sift-figure'));
        await shoot(popup, 'popup', theme);
        await shoot(library, 'library', theme);
        const welcome = await open('welcome.html', 1000, 1200);
        await welcome.waitForFunction(
          () => document.querySelector('.w-shortcut')?.getAttribute('aria-busy') === 'false',
        );
        await shoot(welcome, 'welcome', theme);
        await popup.close();
        await welcome.close();
      }
    });
  });
}
