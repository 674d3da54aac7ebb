import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/article/extract-article';
import { findClutter } from '../../utils/clean/find-clutter';
import { parseHtml, readHtmlFile } from '../lib/parse-html';
import { aggregate, scorePage, shingles, type PageScore } from './shingles';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');

export async function run(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`skipped: ${CORPUS} is absent (it sits beside the repository in CI)`);
    return;
  }
  zyte();
  readabilityPages();
}

function readabilityText(html: string): string {
  const doc = parseHtml(html);
  return new Readability(doc).parse()?.textContent ?? '';
}

function siftText(html: string, url: string): string {
  const result = extractArticle(parseHtml(html), url, { force: true, contentType: 'text/html' });
  return result.ok ? result.article.text : '';
}

function zyte(): void {
  const dir = join(CORPUS, 'zyte-dev');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const base: PageScore[] = [];
  const sift: PageScore[] = [];
  const baseMs: number[] = [];
  const siftMs: number[] = [];
  for (const [id, { articleBody, url }] of Object.entries(truth)) {
    const html = readHtmlFile(join(dir, `${id}.html.gz`));
    let t = performance.now();
    const r = readabilityText(html);
    baseMs.push(performance.now() - t);
    t = performance.now();
    const s = siftText(html, url);
    siftMs.push(performance.now() - t);
    base.push(scorePage(r, articleBody));
    sift.push(scorePage(s, articleBody));
  }
  const b = aggregate(base);
  const s = aggregate(sift);
  const f = (x: number) => x.toFixed(4);
  console.log(`zyte-dev (${base.length} pages), 4-gram shingle metric:`);
  console.log(`  Readability.js  F1 ${f(b.f1)}  P ${f(b.precision)}  R ${f(b.recall)}`);
  console.log(`  Sift            F1 ${f(s.f1)}  P ${f(s.precision)}  R ${f(s.recall)}   (targets F1 >= 0.965, P >= 0.95, R >= ${f(b.recall - 0.005)})`);
  console.log(`  median ms/page (parse included, linkedom): Readability ${median(baseMs).toFixed(1)}, Sift ${median(siftMs).toFixed(1)}, ratio ${(median(siftMs) / median(baseMs)).toFixed(2)} (target <= 1.3)`);
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
    const expected = shingles(parseHtml(readFileSync(join(dir, slug, 'expected.html'), 'utf8')).body?.textContent ?? '');
    const hiddenShingles = new Map<string, number>();
    for (const m of hidden) for (const [k, n] of shingles(m.element.textContent ?? '')) hiddenShingles.set(k, (hiddenShingles.get(k) ?? 0) + n);
    let lost = 0;
    for (const [k, n] of expected) lost += Math.min(n, hiddenShingles.get(k) ?? 0);
    if (lost === 0) zero += 1;
    else lossy.push(`${slug} (${lost}/${[...expected.values()].reduce((a, b) => a + b, 0)}: ${[...new Set(hidden.filter((m) => [...shingles(m.element.textContent ?? '').keys()].some((k) => expected.has(k))).map((m) => m.rule))].join(', ')})`);
  }
  console.log(`readability-pages: pages where cleaning hides none of Readability's expected text: ${zero}/${slugs.length} (target >= 125)`);
  if (lossy.length) console.log(`  with loss (shingles lost/expected: rules): ${lossy.join('; ')}`);
  console.log(`  findClutter in Node (linkedom): median ${median(cleanMs).toFixed(2)} ms/page, p95 ${quantile(cleanMs, 0.95).toFixed(2)} ms`);
}

function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}
