import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/article/extract-article';
import { findClutter, HIDDEN_ATTR } from '../../utils/clean/find-clutter';
import { parseHtml, readHtmlFile } from '../lib/parse-html';
import { aggregate, scorePage, shingles, type PageScore } from './shingles';
import { median, quantile } from './stats';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');

export async function run(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`skipped: ${CORPUS} is absent (it sits beside the repository in CI)`);
    return;
  }
  zyte();
  readabilityPages();
}

// Plain Readability as its README says to use it: on a clone, since parse() mutates the document.
function readabilityText(html: string): string {
  const doc = parseHtml(html);
  return new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
}

function siftText(html: string, url: string): string {
  const result = extractArticle(parseHtml(html), url, { force: true, contentType: 'text/html' });
  return result.ok ? result.article.text : '';
}

function zyte(): void {
  const dir = join(CORPUS, 'zyte-dev');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const base: PageScore[] = [];
  const sift: PageScore[] = [];
  const ms = { baseHtml: [] as number[], siftHtml: [] as number[], baseDom: [] as number[], siftDom: [] as number[] };
  for (const [id, { articleBody, url }] of Object.entries(truth)) {
    const html = readHtmlFile(join(dir, `${id}.html.gz`));
    // From HTML (the CLI's case): parse, then Readability on a clone / Sift's whole pipeline incl. cleaning.
    let t = performance.now();
    const r = readabilityText(html);
    ms.baseHtml.push(performance.now() - t);
    t = performance.now();
    const s = siftText(html, url);
    ms.siftHtml.push(performance.now() - t);
    base.push(scorePage(r, articleBody));
    sift.push(scorePage(s, articleBody));
    // At popup open: the DOM exists and the content script marked clutter at page load (its own cost is the
    // clean-chromium section's); Readability on a clone against extractArticle.
    const doc = parseHtml(html);
    for (const m of findClutter(doc)) m.element.setAttribute(HIDDEN_ATTR, m.rule);
    t = performance.now();
    new Readability(doc.cloneNode(true) as Document).parse();
    ms.baseDom.push(performance.now() - t);
    t = performance.now();
    extractArticle(doc, url, { force: true, contentType: 'text/html' });
    ms.siftDom.push(performance.now() - t);
  }
  const b = aggregate(base);
  const s = aggregate(sift);
  const f = (x: number) => x.toFixed(4);
  const ratio = (x: number[], y: number[]) =>
    `Readability ${median(x).toFixed(1)}, Sift ${median(y).toFixed(1)}, ratio ${(median(y) / median(x)).toFixed(2)}`;
  console.log(`zyte-dev (${base.length} pages), 4-gram shingle metric:`);
  console.log(`  Readability.js  F1 ${f(b.f1)}  P ${f(b.precision)}  R ${f(b.recall)}`);
  console.log(
    `  Sift            F1 ${f(s.f1)}  P ${f(s.precision)}  R ${f(s.recall)}   (targets F1 >= 0.965, P >= 0.95, R >= ${f(b.recall - 0.005)})`,
  );
  console.log(
    `  median ms/page at popup open (page already cleaned; clone + extraction + figures): ${ratio(ms.baseDom, ms.siftDom)} (target <= 1.3)`,
  );
  console.log(
    `  median ms/page from HTML (parse + cleaning + extraction + figures, the CLI's path): ${ratio(ms.baseHtml, ms.siftHtml)}`,
  );
}

function readabilityPages(): void {
  const dir = join(CORPUS, 'readability-pages');
  const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'expected.html')));
  let zero = 0;
  const lossy: string[] = [];
  const cleanMs: number[] = [];
  for (const slug of slugs) {
    const doc = parseHtml(readFileSync(join(dir, slug, 'source.html'), 'utf8'));
    const t = performance.now();
    const hidden = findClutter(doc);
    cleanMs.push(performance.now() - t);
    const expected = shingles(
      parseHtml(readFileSync(join(dir, slug, 'expected.html'), 'utf8')).body?.textContent ?? '',
    );
    const hiddenShingles = new Map<string, number>();
    for (const m of hidden)
      for (const [k, n] of shingles(m.element.textContent ?? ''))
        hiddenShingles.set(k, (hiddenShingles.get(k) ?? 0) + n);
    let lost = 0;
    for (const [k, n] of expected) lost += Math.min(n, hiddenShingles.get(k) ?? 0);
    if (lost === 0) zero += 1;
    else
      lossy.push(
        `${slug} (${lost}/${[...expected.values()].reduce((a, b) => a + b, 0)}: ${[...new Set(hidden.filter((m) => [...shingles(m.element.textContent ?? '').keys()].some((k) => expected.has(k))).map((m) => m.rule))].join(', ')})`,
      );
  }
  console.log(
    `readability-pages: pages where cleaning hides none of Readability's expected text: ${zero}/${slugs.length} (target >= 125)`,
  );
  if (lossy.length) console.log(`  with loss (shingles lost/expected: rules): ${lossy.join('; ')}`);
  console.log(
    `  findClutter in Node (linkedom): median ${median(cleanMs).toFixed(2)} ms/page, p95 ${quantile(cleanMs, 0.95).toFixed(2)} ms`,
  );
}
