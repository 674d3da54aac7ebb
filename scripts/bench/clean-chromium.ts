// Main-thread time of the content script's cleaning pass, measured in Chromium with the built extension on the
// corpus pages served from 127.0.0.1 (the content script records each pass as a `sift:clean` performance measure).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { waitForContentScript } from '../../tests/e2e/harness/messages.ts';
import { sharedCorpus } from '../../tests/e2e/harness/server.ts';
import { openChromiumBench } from './chromium-bench';
import { quantile } from './stats';

const GOAL_MS = 10;

function corpusPaths(): string[] {
  const rp = join(sharedCorpus, 'readability-pages');
  const zd = join(sharedCorpus, 'zyte-dev');
  return [
    ...readdirSync(rp)
      .filter((d) => existsSync(join(rp, d, 'source.html')))
      .map((d) => `/corpus/readability-pages/${d}/source.html`),
    ...readdirSync(zd)
      .filter((f) => f.endsWith('.html.gz'))
      .map((f) => `/corpus/zyte-dev/${f.slice(0, -3)}`),
  ];
}

export async function run(): Promise<void> {
  const bench = await openChromiumBench('popup.html');
  if (!bench) return;
  const { server, ext, page } = bench;
  const first: number[] = [];
  const gate: number[] = [];
  const slowest: [number, string][] = [];
  const later: number[] = [];
  const slices: number[] = [];
  // Share of the page's text Sift hid, per cleaned page (what a reader no longer has to scroll past).
  const hiddenShare: number[] = [];
  let skipped = 0;
  const failed: string[] = [];
  try {
    for (const path of corpusPaths()) {
      try {
        // Some corpus pages never fire load (scripts waiting on the cut-off network); document_idle still comes.
        await page.goto(server.url(path), 'domcontentloaded');
        // Once the content script answers, its first pass (if the page is an article) has run.
        await waitForContentScript(ext, 10_000);
        // An article's first pass may span several slices: wait for it to end (pages that are not articles
        // record no gate and are left alone).
        await page.waitForFunction(
          () =>
            !performance.getEntriesByName('sift:gate').length || document.documentElement.hasAttribute('data-sift-ms'),
          undefined,
          10_000,
        );
        // Give injected-later passes (throttled observer) a moment to show up too.
        await new Promise((ok) => setTimeout(ok, 100));
        const [passes, gates, pageSlices] = await page.evaluate(() =>
          ['sift:clean', 'sift:gate', 'sift:slice'].map((name) =>
            performance.getEntriesByName(name).map((e) => e.duration),
          ),
        );
        slices.push(...(pageSlices ?? []));
        const share = await page.evaluate(() => {
          const total = document.body?.textContent?.replace(/\s+/g, '').length ?? 0;
          let hidden = 0;
          for (const el of document.querySelectorAll('[data-sift-hidden]')) {
            if (!el.parentElement?.closest('[data-sift-hidden]'))
              hidden += el.textContent?.replace(/\s+/g, '').length ?? 0;
          }
          return total ? hidden / total : 0;
        });
        if (!passes?.length) skipped++;
        else {
          hiddenShare.push(share);
          first.push(passes[0]!);
          gate.push(...(gates ?? []));
          slowest.push([passes[0]!, path]);
          later.push(...passes.slice(1));
        }
      } catch (error) {
        failed.push(`${path}: ${String(error).split('\n')[0]}`);
      }
    }
  } finally {
    await bench.close();
  }
  first.sort((a, b) => a - b);
  gate.sort((a, b) => a - b);
  slowest.sort((a, b) => b[0] - a[0]);
  later.sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(2);
  console.log(`pages cleaned: ${first.length}, not articles (left alone): ${skipped}, failed: ${failed.length}`);
  for (const line of failed) console.log(`  failed ${line}`);
  console.log(
    `first cleaning pass: median ${fmt(quantile(first, 0.5))} ms, p95 ${fmt(quantile(first, 0.95))} ms, max ${fmt(first.at(-1) ?? NaN)} ms` +
      ` (goal median ≤ ${GOAL_MS} ms: ${fmt(quantile(first, 0.5) / GOAL_MS)}× of it)`,
  );
  console.log(
    `article check before it (once a page): median ${fmt(quantile(gate, 0.5))} ms, p95 ${fmt(quantile(gate, 0.95))} ms`,
  );
  console.log(
    `slowest first passes: ${slowest
      .slice(0, 3)
      .map(([ms, p]) => `${fmt(ms)} ms ${p.split('/').slice(-2).join('/')}`)
      .join(', ')}`,
  );
  const meanShare = hiddenShare.reduce((a, b) => a + b, 0) / (hiddenShare.length || 1);
  const none = hiddenShare.filter((s) => s === 0).length;
  console.log(
    `hidden share of page text: mean ${(meanShare * 100).toFixed(1)}%, pages with nothing hidden ${none}/${hiddenShare.length}`,
  );
  slices.sort((a, b) => a - b);
  console.log(
    `main-thread slices (all passes): median ${fmt(quantile(slices, 0.5))} ms, p95 ${fmt(quantile(slices, 0.95))} ms, max ${fmt(slices.at(-1) ?? NaN)} ms`,
  );
  if (later.length) {
    console.log(
      `later passes (observer): ${later.length}, median ${fmt(quantile(later, 0.5))} ms, p95 ${fmt(quantile(later, 0.95))} ms`,
    );
  }
}
