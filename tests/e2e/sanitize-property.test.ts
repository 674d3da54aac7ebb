// Issue 17: the clobbering property in real browsers. The samples come from the same generator as the Node runs
// (tests/fixtures/hostile/generated-markup.ts); the real allowlist sanitiser (utils/article/sanitize-tree.ts, bundled
// by vite) runs in Chromium and Firefox on DOMParser documents, where forms and named elements shadow properties
// natively; Node checks every output (and the browser's re-parse of it) against the README's allowlist.
import fc from 'fast-check';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileBody, propertySeed } from '../fixtures/hostile/generated-markup';
import { leftovers } from '../fixtures/hostile/leftovers';
import { browserNames, wrapPlaywright, wrapPuppeteer, type TestPage } from './harness/browsers';
import { chromiumArgs, chromiumPath } from './harness/chromium';
import { firefoxPath, firefoxPrefs } from './harness/firefox';
import { repoRoot } from './harness/server';

const RUNS = 250;

/** The sanitiser's module as one script that puts its exports on globalThis.__siftSanitize. */
async function bundleSanitiser(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    build: {
      write: false,
      minify: false,
      lib: { entry: join(repoRoot, 'utils/article/sanitize-tree.ts'), formats: ['iife'], name: '__siftSanitize' },
    },
  });
  const output = (Array.isArray(result) ? result[0]! : result) as { output: { code?: string }[] };
  return `(() => { ${output.output[0]!.code!}; globalThis.__siftSanitize = __siftSanitize; })();`;
}

interface Outcome {
  /** Forms in the parsed sample whose own view of a built-in differs from the prototype's (real clobbering). */
  shadowed: number;
  out: string;
  reparsed: string;
  error?: string;
}

// Runs in the page: parse as a page would be parsed, sanitise the root, serialise through Element.prototype (the
// sample may shadow the root's own innerHTML), and parse the output once more, as a later display would.
function sanitiseInPage(html: string): Outcome {
  const g = globalThis as unknown as { __siftSanitize: { sanitizeTree(root: Element): void } };
  const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><body><div id="sift-root">${html}</div><p>after</p></body></html>`,
    'text/html',
  );
  const root = Document.prototype.getElementById.call(doc, 'sift-root')!;
  const builtIns = ['nextSibling', 'nodeType', 'localName', 'attributes', 'parentNode', 'firstChild', 'remove'];
  const proto = (o: object, n: string) => {
    for (let p = Object.getPrototypeOf(o) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
      const d = Object.getOwnPropertyDescriptor(p, n);
      if (d) return d.get ? (d.get.call(o) as unknown) : (d.value as unknown);
    }
  };
  const forms = [...Document.prototype.querySelectorAll.call(doc, 'form')];
  const shadowed = forms.filter((f) =>
    builtIns.some((n) => (f as unknown as Record<string, unknown>)[n] !== proto(f, n)),
  ).length;
  try {
    g.__siftSanitize.sanitizeTree(root);
  } catch (error) {
    return { shadowed, out: '', reparsed: '', error: String(error) };
  }
  const out = inner.get!.call(root) as string;
  const again = new DOMParser().parseFromString(`<!doctype html><html><body>${out}</body></html>`, 'text/html');
  return { shadowed, out, reparsed: inner.get!.call(again.body) as string };
}

for (const name of browserNames) {
  describe(`the allowlist sanitiser in ${name}`, () => {
    let close: (() => Promise<void>) | undefined;
    let page: TestPage;
    afterAll(async () => await close?.());

    beforeAll(async () => {
      const script = await bundleSanitiser();
      if (name === 'chromium') {
        const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs() });
        close = () => browser.close();
        page = wrapPlaywright(await browser.newPage());
      } else {
        const browser = await puppeteer.launch({
          browser: 'firefox',
          executablePath: firefoxPath,
          headless: true,
          protocol: 'webDriverBiDi',
          extraPrefsFirefox: firefoxPrefs(),
        });
        close = () => browser.close();
        page = wrapPuppeteer(await browser.newPage());
      }
      await page.evaluate((source) => void (0, eval)(source), script);
    });

    it(`leaves only allowlisted elements, attributes and URL schemes on ${RUNS} generated samples`, async () => {
      let nonEmpty = 0;
      let shadowing = 0;
      await fc.assert(
        fc.asyncProperty(hostileBody, async (html) => {
          const result = await page.evaluate(sanitiseInPage, html);
          expect(result.error).toBeUndefined();
          expect(leftovers(result.out)).toEqual([]);
          expect(leftovers(result.reparsed)).toEqual([]);
          if (result.out.trim()) nonEmpty++;
          if (result.shadowed) shadowing++;
        }),
        // Found by this property: a browser writes an element's `is` value back out after the attribute is gone.
        { numRuns: RUNS, seed: propertySeed(), examples: [['<div is="x-y"></div>plain words']] },
      );
      console.log(
        `[sanitize-property] ${name}: ${RUNS} samples (seed ${propertySeed()}), ${nonEmpty} kept content, ${shadowing} had a form shadowing a built-in`,
      );
      // The samples carry text and allowed elements: a sanitiser that emptied everything would pass vacuously.
      expect(nonEmpty).toBeGreaterThan(RUNS / 2);
      // and the browser must really have clobbered: otherwise the property would not test what it claims.
      expect(shadowing).toBeGreaterThan(RUNS / 10);
    });
  });
}
