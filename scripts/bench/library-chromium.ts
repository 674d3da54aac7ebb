import { buildWithTestHooks } from './test-build';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { LibraryQuery, LibraryTestHook } from '../../components/library/LibraryApi';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/harness/chromium.ts';
import { COUNT, draftFrom, fillLibrary, loadBases, type Base } from './bench-library';
import { median, quantile } from './stats';

// The library at 10,000 saved articles (bench-library.ts) in Chromium with the built extension: first render,
// search p95, save time and bytes per article. Printed against the issue's goals, measured in this run.

const BUILD = resolve('.output/chrome-mv3');
type Hooked = typeof globalThis & { siftLibrary?: LibraryTestHook; firstRowAt?: number };
/**
 * One library page load: first row drawn (from the stored copy of the first screen, or from the database), and the
 * page's own marks of where the time went (ms from navigation): its script ran, React first drew, its database
 * opened, the database's first rows were read.
 */
interface Render {
  row: number;
  script: number;
  react: number;
  dbOpen: number;
  dbRows: number;
}
/** Browser restarts on the filled profile, each timing one cold open and then warm ones. */
const RESTARTS = 5;
const WARM_OPENS = 2;
/** Restarts timing the floor page (below) instead of the library. */
const FLOOR_RESTARTS = 3;

/**
 * The browser's own floor for the same measure, on the same profile: an extension page whose few-line script draws
 * one row at once. What a library first render costs beyond it is Sift's; the rest (a renderer started, the page
 * fetched) no extension page avoids. Added to a copy of the build only; Sift does not ship it.
 */
const FLOOR_PAGE = {
  'floor.html':
    '<!DOCTYPE html><meta charset="utf-8"><title>floor</title><script type="module" src="/floor.js"></script><div id="root"></div>',
  'floor.js': `performance.mark('sift:library-script');
const row = document.createElement('div');
row.setAttribute('role', 'option');
row.textContent = 'row';
document.getElementById('root').append(row);
performance.mark('sift:library-db-rows');`,
};

export async function run(): Promise<void> {
  const bases = loadBases();
  if (!bases) return;
  buildWithTestHooks();
  const extension = mkdtempSync(join(tmpdir(), 'sift-bench-extension-'));
  cpSync(BUILD, extension, { recursive: true });
  for (const [name, text] of Object.entries(FLOOR_PAGE)) writeFileSync(join(extension, name), text);
  const profile = mkdtempSync(join(tmpdir(), 'sift-bench-'));
  let { context, libraryUrl } = await launch(extension, profile);
  try {
    const page = await context.newPage();
    await openLibrary(page, libraryUrl);
    // Saves are timed with the list narrowed to nothing, so they measure the database, not this page re-reading
    // its 10,000-row list after every write (a save from the popup has no library page open).
    await page.fill('input[type=search]', 'zzqxjw');
    await page.waitForSelector('text=No saved article matches');

    const before = await usage(page);
    const insertStart = Date.now();
    await fillLibrary(bases, (batch) =>
      page.evaluate((drafts) => (globalThis as Hooked).siftLibrary!.saveMany(drafts), batch),
    );
    const insertMs = Date.now() - insertStart;
    const after = await usage(page);

    const singles = Array.from({ length: 50 }, (_, k) => draftFrom(bases, COUNT + k));
    const saveMs = await page.evaluate(async (drafts) => {
      const times: number[] = [];
      for (const draft of drafts) {
        const t0 = performance.now();
        await (globalThis as Hooked).siftLibrary!.save(draft);
        times.push(performance.now() - t0);
      }
      return times;
    }, singles);

    // Right after writing the library (hundreds of MB in a few minutes) the browser is still compacting it on disk, and
    // these pages open back to back in the renderer that did the writing.
    const afterWrites: Render[] = [];
    for (let i = 0; i < 5; i++) afterWrites.push(await timeFirstRow(context, libraryUrl));

    const queries = pickQueries(bases);
    const search = (words: string[]) =>
      page.evaluate(async (list) => {
        const api = (globalThis as Hooked).siftLibrary!.api;
        const times: number[] = [];
        for (const text of list) {
          const query: LibraryQuery = { text, site: null, tag: null, read: 'all' };
          const t0 = performance.now();
          await api.list(query);
          times.push(performance.now() - t0);
        }
        return times;
      }, words);
    // Right after the writes, with the list narrowed to nothing, the page holds no list in memory: the first
    // search reads its matches from the database.
    await page.bringToFront();
    const [coldMs] = await search([queries.at(-1)!]);
    // Then as a reader uses it: the library shown whole, then searched (each search from the index, filtered in
    // the list kept in memory).
    await page.fill('input[type=search]', '');
    await page.waitForSelector('[role=option]');
    const searchMs = await search(queries);

    // As a reader meets it: the browser started on a profile that holds the library, the library opened (cold:
    // IndexedDB reads its files from disk), then opened again a second later (warm).
    const cold: Render[] = [];
    const warm: Render[] = [];
    for (let i = 0; i < RESTARTS; i++) {
      await context.close();
      ({ context, libraryUrl } = await launch(extension, profile));
      // Let the browser finish starting (extensions, service worker) before the reader clicks.
      await new Promise((done) => setTimeout(done, 2000));
      cold.push(await timeFirstRow(context, libraryUrl));
      for (let k = 0; k < WARM_OPENS; k++) {
        await new Promise((done) => setTimeout(done, 1000));
        warm.push(await timeFirstRow(context, libraryUrl));
      }
    }
    const floorCold: Render[] = [];
    const floorWarm: Render[] = [];
    for (let i = 0; i < FLOOR_RESTARTS; i++) {
      await context.close();
      ({ context, libraryUrl } = await launch(extension, profile));
      const floorUrl = libraryUrl.replace('library.html', 'floor.html');
      await new Promise((done) => setTimeout(done, 2000));
      floorCold.push(await timeFirstRow(context, floorUrl));
      await new Promise((done) => setTimeout(done, 1000));
      floorWarm.push(await timeFirstRow(context, floorUrl));
    }

    const line = (label: string, value: number, unit: string, goal?: number) =>
      console.log(
        `${label.padEnd(46)} ${value.toFixed(1).padStart(9)} ${unit}${goal ? `   (goal ≤ ${goal} ${unit}: ${(value / goal).toFixed(2)}x)` : ''}`,
      );
    console.log(`${COUNT} articles of corpus text (${bases.length} pages repeated), Chromium, built extension`);
    const renders = (label: string, list: Render[]) => {
      line(`${label}, median of ${list.length}`, median(list.map((r) => r.row)), 'ms', 200);
      const at = (pick: (r: Render) => number) => median(list.map(pick)).toFixed(0);
      const copies = list.filter((r) => r.row < r.dbRows).length;
      console.log(
        `${''.padEnd(48)}(each ${list.map((r) => r.row.toFixed(0)).join(', ')} ms; of ${list.length}, ${copies} from the stored copy)`,
      );
      console.log(
        `${''.padEnd(48)}(script ran at ${at((r) => r.script)} ms, React drew at ${at((r) => r.react)} ms, database open at ${at((r) => r.dbOpen)} ms, its first rows read at ${at((r) => r.dbRows)} ms)`,
      );
    };
    renders('first render, cold (browser restarted)', cold);
    renders('first render, warm (reopened)', warm);
    const floor = (label: string, list: Render[], sift: Render[]) => {
      const ms = median(list.map((r) => r.row));
      console.log(
        `${label.padEnd(46)} ${ms.toFixed(1).padStart(9)} ms   (Sift's first render: ${(median(sift.map((r) => r.row)) / ms).toFixed(2)}x)`,
      );
    };
    floor(`  floor, cold: empty page drawing a row (${floorCold.length})`, floorCold, cold);
    floor(`  floor, warm (${floorWarm.length})`, floorWarm, warm);
    renders('first render, right after the writes', afterWrites);
    line(`search p95 over ${queries.length} queries`, quantile(searchMs, 0.95), 'ms', 50);
    line('search median', median(searchMs), 'ms');
    line('first search after writes (cold)', coldMs!, 'ms');
    line('save one article, median of 50', median(saveMs), 'ms');
    line('bulk insert, per article', insertMs / COUNT, 'ms');
    line('database size per article', (after - before) / COUNT / 1024, 'KiB');
    line(
      'article text per article (input)',
      bases.reduce((sum, b) => sum + b.text.length, 0) / bases.length / 1024,
      'KiB',
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
  }
}

/** Chromium with the extension at `dir` on `profile`, timing every page's first list row from inside the page. */
async function launch(dir: string, profile: string): Promise<{ context: BrowserContext; libraryUrl: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs(), `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Observed from inside the page, so polling adds nothing.
  await context.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('[role=option]')) return;
      (globalThis as Hooked).firstRowAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return { context, libraryUrl: `chrome-extension://${new URL(worker.url()).host}/library.html` };
}

/** Opens the library in a new tab and reads when its first row appeared and its own marks (main.ts). */
async function timeFirstRow(context: BrowserContext, url: string): Promise<Render> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () =>
      (globalThis as Hooked).firstRowAt !== undefined &&
      performance.getEntriesByName('sift:library-db-rows').length > 0,
    null,
    { timeout: 60_000 },
  );
  const render = await page.evaluate(() => ({
    row: (globalThis as Hooked).firstRowAt!,
    react: performance.getEntriesByName('sift:library-react')[0]?.startTime ?? NaN,
    script: performance.getEntriesByName('sift:library-script')[0]?.startTime ?? NaN,
    dbOpen: performance.getEntriesByName('sift:library-db-open')[0]?.startTime ?? NaN,
    dbRows: performance.getEntriesByName('sift:library-db-rows')[0]?.startTime ?? NaN,
  }));
  await page.close();
  return render;
}

async function openLibrary(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => !!(globalThis as Hooked).siftLibrary);
}

async function usage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

/** Words of the corpus from rare to common, so the p95 covers big result sets too. */
function pickQueries(bases: Base[]): string[] {
  const counts = new Map<string, number>();
  for (const base of bases) {
    for (const word of new Set(base.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return Array.from({ length: 40 }, (_, k) => ranked[Math.floor((k / 40) * ranked.length)]![0]);
}
