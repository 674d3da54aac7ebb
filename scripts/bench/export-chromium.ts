// Export of 1,000 saved articles in Chromium with the built extension, through the library page's own api: Sift JSON
// (the export Sift had, the baseline, measured in the same run) against Markdown notes, HTML pages and the EPUB book.
// The articles are the fixture pages' extracted html (headings, lists, figures, pictures), each under its own URL and
// with its pictures stored as real PNGs, so the bundles convert and zip what a reader's library holds.
import { buildWithTestHooks } from './test-build';
import type { ArticleDraft } from '../../utils/article/types';
import type { ExportFormat } from '../../utils/library/db/types';
import { launchBrowser } from '../../tests/e2e/harness/browsers.ts';
import type { LibraryHooked } from '../../tests/e2e/harness/library-page.ts';
import { openLibrary } from '../../tests/e2e/harness/library-page.ts';
import { png } from '../../tests/e2e/harness/png.ts';
import { fixtureDrafts } from '../../tests/unit/library/export/export-helpers.ts';
import { median } from './stats';

const COUNT = Number(process.env.SIFT_BENCH_EXPORT_COUNT ?? 1000);
const ROUNDS = 3;
const FORMATS: ExportFormat[] = ['sift-json', 'markdown', 'html', 'epub'];
const BATCH = 50;

function draftAt(bases: ArticleDraft[], i: number): ArticleDraft {
  const base = bases[i % bases.length]!;
  const url = `${base.url}${base.url.includes('?') ? '&' : '?'}sift-export-bench=${i}`;
  return { ...base, url, canonicalUrl: url, title: `${base.title} (${i})` };
}

export async function run(): Promise<void> {
  buildWithTestHooks();
  const bases = fixtureDrafts().map((f) => f.draft);
  // One real PNG's bytes for every image URL (one colour, so small: the bench times the exports, not image copying).
  const picture = [...png(320, 200)];
  const browser = await launchBrowser('chromium');
  try {
    const page = await openLibrary(browser);
    // The list shows nothing while filling, so the writes are not each followed by re-reading the list.
    await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('input[type=search]')!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, 'zzqxjw');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    for (let start = 0; start < COUNT; start += BATCH) {
      const drafts = Array.from({ length: Math.min(BATCH, COUNT - start) }, (_, k) => draftAt(bases, start + k));
      await page.evaluate(
        async ({ list, bytes }) => {
          const hook = (globalThis as LibraryHooked).siftLibrary!;
          for (const d of list) {
            const images = Object.fromEntries(
              d.images.map((url) => [url, new Blob([new Uint8Array(bytes)], { type: 'image/png' })]),
            );
            await hook.save(d, images);
          }
        },
        { list: drafts, bytes: picture },
      );
    }
    const times = new Map<ExportFormat, number[]>(FORMATS.map((f) => [f, []]));
    const sizes = new Map<ExportFormat, number>();
    // Rounds interleave the formats, so a slow moment of the machine falls on all of them alike.
    for (let round = 0; round < ROUNDS; round++) {
      for (const format of FORMATS) {
        const { ms, bytes } = await page.evaluate(async (f) => {
          const t0 = performance.now();
          const { blob } = await (globalThis as LibraryHooked).siftLibrary!.api.exportAll(f, {});
          return { ms: performance.now() - t0, bytes: blob.size };
        }, format);
        times.get(format)!.push(ms);
        sizes.set(format, bytes);
      }
    }
    const base = median(times.get('sift-json')!);
    console.log(
      `export of ${COUNT} articles (${bases.length} fixture pages repeated, pictures stored), median of ${ROUNDS}:`,
    );
    for (const format of FORMATS) {
      const ms = median(times.get(format)!);
      const mb = (sizes.get(format)! / 1e6).toFixed(1);
      const ratio = format === 'sift-json' ? 'baseline' : `${(ms / base).toFixed(2)}x Sift JSON`;
      console.log(`  ${format.padEnd(9)} ${ms.toFixed(0).padStart(6)} ms  ${mb.padStart(6)} MB  ${ratio}`);
    }
  } finally {
    await browser.close();
  }
}
