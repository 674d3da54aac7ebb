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
  // Of the blocks hidden, the share the early stylesheet hid before the first paint; and, where the clean script
  // hid some the sheet did not, how long after the first contentful paint its pass ended (clutter on screen).
  const earlyShare: number[] = [];
  const visibleFor: number[] = [];
  const lateByRule = new Map<string, number>();
  const emptiedShare: number[] = [];
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
        // tsx names functions with an __name helper the page does not have.
        await page.evaluate(() => {
          (globalThis as { __name?: unknown }).__name ??= (f: unknown) => f;
        });
        const seen = await page.evaluate(pageVisibility);
        const share = seen.share;
        if (!passes?.length) skipped++;
        else {
          hiddenShare.push(share);
          earlyShare.push(seen.earlyBlocks / (seen.blocks || 1));
          emptiedShare.push((seen.earlyBlocks + seen.emptiedBlocks) / (seen.blocks || 1));
          for (const rule of seen.jsRules) lateByRule.set(rule, (lateByRule.get(rule) ?? 0) + 1);
          if (seen.jsOnlyBlocks && seen.fcp !== null && seen.cleanEnd !== null)
            visibleFor.push(Math.max(0, seen.cleanEnd - seen.fcp));
          first.push(passes[0]!);
          gate.push(...(gates ?? []));
          slowest.push([passes[0]!, path]);
          later.push(...passes.slice(1));
        }
      } catch (error) {
        // A page whose own script sends it elsewhere (an http→https redirect the 127.0.0.1 server cannot answer)
        // ends on the browser's error page, where no content script runs: say so rather than blame Sift.
        const now = await page.evaluate(() => location.href).catch(() => '?');
        const left = now === server.url(path) ? '' : ` (the page's own script left it for ${now})`;
        failed.push(`${path}: ${String(error).split('\n')[0]}${left}`);
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
  const meanEarly = earlyShare.reduce((a, b) => a + b, 0) / (earlyShare.length || 1);
  visibleFor.sort((a, b) => a - b);
  const meanEmptied = emptiedShare.reduce((a, b) => a + b, 0) / (emptiedShare.length || 1);
  console.log(
    `clutter hidden before the first paint (early stylesheet): ${(meanEarly * 100).toFixed(1)}% of hidden blocks;` +
      ` the rest visible after first contentful paint for median ${fmt(quantile(visibleFor, 0.5))} ms,` +
      ` p95 ${fmt(quantile(visibleFor, 0.95))} ms (${visibleFor.length} pages)`,
  );
  console.log(
    `with the blocks whose content the sheet hid (an empty wrapper marked at idle): ${(meanEmptied * 100).toFixed(1)}%`,
  );
  console.log(
    `hidden after the first paint, by rule: ${[...lateByRule]
      .sort((a, b) => b[1] - a[1])
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ')}`,
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

/**
 * Runs in the page: what Sift hides, by whom. Blocks are the outermost hidden elements; those the early sheet hides
 * are found by lifting its attribute once (and the clean script's marks once) and seeing what shows.
 */
function pageVisibility() {
  const root = document.documentElement;
  const hiddenNow = (els: Element[]) => els.filter((el) => getComputedStyle(el).display === 'none');
  const all = [...document.body.getElementsByTagName('*')];
  const none = hiddenNow(all);
  const marked = new Set(document.querySelectorAll('[data-sift-hidden]'));
  const early = root.hasAttribute('data-sift-early');
  // The clean script marks what the sheet hid too (to count it and undo it): lift the marks first, so a block both
  // hide counts as the sheet's, which hid it before the first paint.
  const marks = [...marked].map((el) => [el, el.getAttribute('data-sift-hidden')!] as const);
  for (const [el] of marks) el.removeAttribute('data-sift-hidden');
  const bySheetOrPage = new Set(hiddenNow(none));
  root.removeAttribute('data-sift-early');
  const byPage = new Set(hiddenNow(none));
  if (early) root.setAttribute('data-sift-early', '');
  for (const [el, rule] of marks) el.setAttribute('data-sift-hidden', rule);
  // The sheet's: hidden without the marks, shown without the sheet. The script's: shown without the marks.
  const bySheet = none.filter((el) => bySheetOrPage.has(el) && !byPage.has(el));
  const byJs = none.filter((el) => !bySheetOrPage.has(el) && marked.has(el));
  const outer = (els: Element[]) => {
    const set = new Set(els);
    return els.filter((el) => {
      for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
      return true;
    });
  };
  const blocks = outer([...bySheet, ...byJs]);
  const sheet = new Set(bySheet);
  const text = (el: Element) => el.textContent?.replace(/\s+/g, '').length ?? 0;
  // A wrapper the script marked around what the sheet hid ("code-block" around an ad slot) showed nothing but space.
  const emptied = (el: Element) => {
    const inner = outer(bySheet.filter((s) => el.contains(s)));
    return inner.length > 0 && inner.reduce((n, s) => n + text(s), 0) >= text(el);
  };
  const total = document.body.textContent?.replace(/\s+/g, '').length ?? 0;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  const clean = performance.getEntriesByName('sift:clean')[0];
  return {
    share: total ? blocks.reduce((sum, el) => sum + text(el), 0) / total : 0,
    blocks: blocks.length,
    earlyBlocks: blocks.filter((el) => sheet.has(el)).length,
    emptiedBlocks: blocks.filter((el) => !sheet.has(el) && emptied(el)).length,
    jsOnlyBlocks: blocks.filter((el) => !sheet.has(el)).length,
    // Which rule hid each block the sheet did not: what the early sheet would have to learn.
    jsRules: blocks
      .filter((el) => !sheet.has(el) && !emptied(el))
      .map((el) => el.getAttribute('data-sift-hidden') ?? '?'),
    fcp,
    cleanEnd: clean ? clean.startTime + clean.duration : null,
  };
}
