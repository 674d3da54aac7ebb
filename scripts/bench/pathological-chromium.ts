// The content script's main-thread time on pages built to hurt, in Chromium with the built extension: the longest
// stretch Sift holds the tab (`sift:slice`) against the slice budget, and what one added block costs on a page
// that never stops growing. Pages from tests/fixtures/hostile/pages.ts, served from 127.0.0.1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { giantTablePage, hugePage, infiniteScrollPage } from '../../tests/fixtures/hostile/pages.ts';
import { SLICE_MS } from '../../utils/content/page-cleaner';
import { openChromiumBench } from './chromium-bench';
import { quantile } from './stats';

export async function run(): Promise<void> {
  const bench = await openChromiumBench('popup.html');
  if (!bench) return;
  const { server, page } = bench;
  const dir = mkdtempSync(join(tmpdir(), 'sift-bench-pathological-'));
  writeFileSync(join(dir, 'huge.html'), hugePage(100_000));
  writeFileSync(join(dir, 'table.html'), giantTablePage(20));
  writeFileSync(join(dir, 'scroll.html'), infiniteScrollPage(200));
  server.mount('/pathological/', dir);
  const fmt = (n: number) => n.toFixed(1);
  const measures = (name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
  console.log(`slice budget ${SLICE_MS} ms (a long task is 50 ms)`);
  try {
    // The growing page first: after the table, collecting its million discarded elements stalls the renderer
    // for seconds, inside whatever runs then.
    await page.goto(server.url('/pathological/scroll.html'));
    await new Promise((ok) => setTimeout(ok, 10_000));
    const passes = (await measures('sift:clean')).slice(1).sort((a, b) => a - b);
    const slices = (await measures('sift:slice')).sort((a, b) => a - b);
    console.log(
      `infinite scroll   ${passes.length} later passes over added blocks in 10 s: median ${fmt(quantile(passes, 0.5))},` +
        ` p95 ${fmt(quantile(passes, 0.95))} ms; longest slice ${fmt(slices.at(-1) ?? NaN)} ms`,
    );
    for (const [label, file] of [
      ['100,000 elements', 'huge.html'],
      ['20 MB table', 'table.html'],
    ] as const) {
      const started = Date.now();
      await (page.raw as { goto(url: string, o: object): Promise<unknown> }).goto(server.url(`/pathological/${file}`), {
        waitUntil: 'domcontentloaded',
        timeout: 180_000,
      });
      const loaded = Date.now() - started;
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ms'), undefined, 120_000);
      const slices = (await measures('sift:slice')).sort((a, b) => a - b);
      const [pass] = await measures('sift:clean');
      // The article check runs once, before cleaning, in one block (not sliced).
      const [gate] = await measures('sift:gate');
      console.log(
        `${label.padEnd(17)} cleaning ${fmt(pass ?? NaN)} ms of main thread in ${slices.length} slices:` +
          ` median ${fmt(quantile(slices, 0.5))}, p95 ${fmt(quantile(slices, 0.95))}, max ${fmt(slices.at(-1) ?? NaN)} ms;` +
          ` article check before it ${fmt(gate ?? NaN)} ms (browser's own load to DOMContentLoaded ${(loaded / 1000).toFixed(1)} s)`,
      );
    }
  } finally {
    await bench.close();
  }
}
