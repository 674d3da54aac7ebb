import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserNames, type TestPage } from './harness/browsers';
import { openSaved, saveDraft } from './harness/library-reader';
import { contentTabId, waitForContentScript } from './harness/messages';
import { useExtensionSession } from './harness/session';
import { storageSet } from './harness/storage';
import { fixtureDraft } from './library-draft';

// axe-core (4.14.1) over the popup on a news page and over the library reading an article, in both browsers, light
// and dark: no serious or critical violation (issue 14 counted 27 serious ones in the popup).

const axeSource = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const pagesDir = resolve('tests/fixtures/pages');
const demo = 'seed-deepseek-china-ai';

interface Found {
  id: string;
  impact: string;
  nodes: number;
  help: string;
  targets: string[];
}

/** Runs axe in the page (its CSP does not apply to the driver's scripts) and returns serious and critical findings. */
async function seriousViolations(page: TestPage): Promise<Found[]> {
  const raw = page.raw as unknown as { evaluate(source: string): Promise<unknown> };
  await raw.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.length,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

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
