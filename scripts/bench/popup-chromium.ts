// Popup open → article shown, in Chromium with the built extension and 10,000 saved articles (bench-library.ts),
// on corpus pages served from 127.0.0.1, and the time one Save takes (popup click → background stored it with its
// images). The popup marks its own timeline (sift:shell, sift:article-shown, sift:save); the baseline, measured in
// the same run, is the content script's getArticle round trip alone (extraction), asked from an extension page the
// way the popup asks.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { WHOLE_LIBRARY } from '../../components/library/LibraryApi';
import type { TestPage } from '../../tests/e2e/harness/browsers.ts';
import type { LibraryHooked } from '../../tests/e2e/harness/library-page.ts';
import { contentTabId, waitForContentScript, extractFromTab } from '../../tests/e2e/harness/messages.ts';
import { sharedCorpus } from '../../tests/e2e/harness/server.ts';
import { fillLibrary, loadBases } from './bench-library';
import { openChromiumBench } from './chromium-bench';
import { median } from './stats';

const GOAL_MS = 150;
const PAGES = Number(process.env.SIFT_BENCH_POPUP_PAGES ?? 12);
const ROUNDS = 3;

function corpusPaths(): string[] {
  const zd = join(sharedCorpus, 'zyte-dev');
  const rp = join(sharedCorpus, 'readability-pages');
  const zyte = readdirSync(zd)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => `/corpus/zyte-dev/${f.slice(0, -3)}`);
  const readability = readdirSync(rp)
    .filter((d) => existsSync(join(rp, d, 'source.html')))
    .sort()
    .map((d) => `/corpus/readability-pages/${d}/source.html`);
  // A spread of both sets, the same pages every run.
  const every = (list: string[], n: number) =>
    list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
  return [...every(zyte, Math.ceil(PAGES / 2)), ...every(readability, Math.floor(PAGES / 2))];
}

const fmt = (n: number) => n.toFixed(1);

async function timeline(popup: TestPage, name: string): Promise<number | null> {
  return popup.evaluate((n) => {
    const e = performance.getEntriesByName(n)[0];
    return e ? (e.entryType === 'measure' ? e.duration : e.startTime) : null;
  }, name);
}

export async function run(): Promise<void> {
  const bases = loadBases();
  const bench = bases && (await openChromiumBench('library.html'));
  if (!bench) return;
  const { server, browser, ext, page } = bench;
  // The library a reader of long standing has. The library page (ext) lists nothing meanwhile, so the writes are
  // not each followed by re-reading 10,000 rows.
  await ext.waitForFunction(() => !!(globalThis as LibraryHooked).siftLibrary);
  await (ext.raw as Page).fill('input[type=search]', 'zzqxjw');
  const filled = Date.now();
  await fillLibrary(bases, (batch) =>
    ext.evaluate((drafts) => (globalThis as LibraryHooked).siftLibrary!.saveMany(drafts), batch),
  );
  const saved = await ext.evaluate(
    async (whole) => (await (globalThis as LibraryHooked).siftLibrary!.api.list(whole)).length,
    WHOLE_LIBRARY,
  );
  console.log(
    `library: ${saved} articles saved before timing (${((Date.now() - filled) / 1000).toFixed(0)} s to write)`,
  );
  const shell: number[] = [];
  // Where the popup's time goes, per open (its own marks): its script starts, React is loaded, the tab's article
  // arrives, its figures are added.
  const steps: Record<string, number[]> = {
    'sift:entry': [],
    'sift:react': [],
    'sift:extracted': [],
    'sift:figures': [],
  };
  const shown: number[] = [];
  const extraction: number[] = [];
  const saves: number[] = [];
  const notShown: string[] = [];
  const saveErrors = new Set<string>();
  try {
    for (const path of corpusPaths()) {
      await page.goto(server.url(path), 'domcontentloaded');
      await waitForContentScript(ext, 10_000);
      const tabId = await contentTabId(ext);
      for (let round = 0; round < ROUNDS; round++) {
        const start = Date.now();
        const read = await extractFromTab(ext, {}, tabId);
        extraction.push(Date.now() - start);
        const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
        await popup.waitForFunction(
          () =>
            performance.getEntriesByName('sift:article-shown').length ||
            performance.getEntriesByName('sift:status-shown').length,
        );
        const shellAt = await timeline(popup, 'sift:shell');
        const shownAt = await timeline(popup, 'sift:article-shown');
        if (shellAt !== null) shell.push(shellAt);
        for (const [name, list] of Object.entries(steps)) {
          const at = await timeline(popup, name);
          if (at !== null) list.push(at);
        }
        if (shownAt === null || !read.ok) {
          if (round === 0) notShown.push(path);
          await popup.close();
          break;
        }
        shown.push(shownAt);
        if (round === 0) {
          // One save per page (the first; later rounds would only update it).
          await (popup.raw as unknown as { click(s: string): Promise<void> }).click('.sift-save');
          await popup.waitForFunction(() => performance.getEntriesByName('sift:save').length, undefined, 30_000);
          const took = await timeline(popup, 'sift:save');
          const state = await popup.evaluate(() =>
            document.querySelector('.sift-save')?.getAttribute('data-save-state'),
          );
          if (state === 'saved' && took !== null) saves.push(took);
          else
            saveErrors.add(
              await popup.evaluate(() => document.querySelector('.sift-error')?.textContent ?? 'no answer'),
            );
        }
        await popup.close();
      }
    }
  } finally {
    await bench.close();
  }
  console.log(
    `pages: ${corpusPaths().length}, shown as articles: ${corpusPaths().length - notShown.length}, popup opens timed: ${shown.length}`,
  );
  console.log(
    `popup timeline (median ms from open): script starts ${fmt(median(steps['sift:entry']!))}, React loaded ` +
      `${fmt(median(steps['sift:react']!))}, shell drawn ${fmt(median(shell))}, tab's article arrives ` +
      `${fmt(median(steps['sift:extracted']!))}, figures added ${fmt(median(steps['sift:figures']!))}`,
  );
  console.log(
    `popup open → article shown: median ${fmt(median(shown))} ms (goal ≤ ${GOAL_MS} ms: ${(median(shown) / GOAL_MS).toFixed(2)}× of it); ` +
      `extraction round trip alone (baseline, same run): median ${fmt(median(extraction))} ms, ratio ${(median(shown) / median(extraction)).toFixed(2)}×`,
  );
  if (saves.length)
    console.log(
      `save per article (popup click → stored; the bench is offline, so corpus images on other hosts are not fetched): median ${fmt(median(saves))} ms, max ${fmt(Math.max(...saves))} ms over ${saves.length}`,
    );
  for (const e of saveErrors) console.log(`  save failed: ${e}`);
}
