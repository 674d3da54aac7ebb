import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { browserNames } from './harness/browsers';
import { openSaved, saveDraft } from './harness/library-reader';
import { contentTabId, waitForContentScript } from './harness/messages';
import { useExtensionSession } from './harness/session';
import { storageSet } from './harness/storage';
import { fixtureDraft } from './library-draft';

// axe-core (4.14.1) over the popup on a news page and over the library reading an article, in both browsers, light
// and dark: no serious or critical violation (issue 14 counted 27 serious ones in the popup).

const pagesDir = resolve('tests/fixtures/pages');
const demo = 'seed-deepseek-china-ai';

for (const name of browserNames) {
  describe(`axe in ${name}`, () => {
    const s = useExtensionSession(name, () => ({ '/pages/': pagesDir }));

    for (const theme of ['light', 'dark'] as const) {
      it(`popup on a news page, ${theme}: no serious or critical violation`, async () => {
        await storageSet(s.ext, { readerPrefs: { theme, fontSize: 16 } });
        const page = s.closeAfterTest(await s.browser.newPage());
        await page.goto(s.server.url(`/pages/${demo}/source.html`));
        await waitForContentScript(s.ext);
        const popup = s.closeAfterTest(
          await s.browser.openExtensionPage(`popup.html?tab=${await contentTabId(s.ext)}`),
        );
        await popup.waitForFunction(
          (t) => !!document.querySelector('.sift-figure') && document.documentElement.dataset.theme === t,
          theme,
        );
        const found = await seriousViolations(popup);
        console.log(`axe ${name} popup ${theme}: ${JSON.stringify(found)}`);
        expect(found).toEqual([]);
        // And with its menus open (the page's cleaning, reading settings): their controls are checked too.
        await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        await popup.waitForFunction(() => !!document.querySelector('.sift-settings select'));
        const inMenus = await seriousViolations(popup);
        console.log(`axe ${name} popup ${theme}, menus open: ${JSON.stringify(inMenus)}`);
        expect(inMenus).toEqual([]);
      });

      it(`library reading an article, ${theme}: no serious or critical violation`, async () => {
        await storageSet(s.ext, { readerPrefs: { theme, fontSize: 16 } });
        const library = s.closeAfterTest(await s.browser.openExtensionPage('library.html'));
        await library.waitForFunction(() => !!(globalThis as { siftLibrary?: unknown }).siftLibrary);
        const draft = fixtureDraft(
          join(resolve('tests/fixtures/e2e-pages'), 'library-article/index.html'),
          'https://coastal.example/a',
        );
        await saveDraft(library, draft);
        await openSaved(library, 'Brennholm harbour reopens', false);
        await library.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
        const found = await seriousViolations(library);
        console.log(`axe ${name} library ${theme}: ${JSON.stringify(found)}`);
        expect(found).toEqual([]);
      });
    }
  });
}
