import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article/extract-article';
import { isReadable } from '../../../utils/article/is-readable';
import { parseHtml } from '../../../scripts/lib/parse-html';

const DIR = join(import.meta.dirname, '../../../../shared/corpus/readability-pages');
const present = existsSync(DIR);
if (!present) console.warn(`skipping corpus metadata tests: ${DIR} is absent (it sits beside the repository in CI)`);

interface Meta { title: string; byline?: string | null; dir?: string | null; lang?: string | null; readerable: boolean }
const slugs = present ? readdirSync(DIR).filter((s) => existsSync(join(DIR, s, 'expected-metadata.json'))) : [];
const load = (slug: string) => ({
  doc: parseHtml(readFileSync(join(DIR, slug, 'source.html'), 'utf8')),
  meta: JSON.parse(readFileSync(join(DIR, slug, 'expected-metadata.json'), 'utf8')) as Meta,
});

describe.skipIf(!present)("metadata on Mozilla Readability's 130 test pages", { timeout: 120_000 }, () => {
  it('agrees with Readability on which pages are articles, on every page', () => {
    const disagree = slugs.filter((slug) => {
      const { doc, meta } = load(slug);
      return isReadable(doc) !== meta.readerable;
    });
    expect(disagree).toEqual([]);
  });

  it('reads title, language and direction as Readability expects on at least 95% of pages', () => {
    let titles = 0;
    let langs = 0;
    let dirs = 0;
    for (const slug of slugs) {
      const { doc, meta } = load(slug);
      const result = extractArticle(doc, `https://example.com/${slug}/`, { force: true, contentType: 'text/html' });
      if (!result.ok) continue;
      const a = result.article;
      // Sift prefers the page's own headline over a <title> padded with section names; both are accepted.
      if (a.title === meta.title || meta.title.startsWith(a.title)) titles += 1;
      if (a.lang === (meta.lang ?? null)) langs += 1;
      if (a.dir === (meta.dir ?? null)) dirs += 1;
    }
    expect(titles / slugs.length).toBeGreaterThanOrEqual(0.95);
    expect(langs / slugs.length).toBeGreaterThanOrEqual(0.95);
    expect(dirs / slugs.length).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the byline Readability finds, on at least 85% of the pages that have one', () => {
    const withByline = slugs.map(load).filter(({ meta }) => meta.byline);
    const same = withByline.filter(({ doc, meta }, i) => {
      const result = extractArticle(doc, `https://example.com/${i}/`, { force: true, contentType: 'text/html' });
      const want = meta.byline!.replace(/^(by|par|von|por)\s+/i, '').trim();
      return result.ok && result.article.byline === want;
    });
    expect(same.length / withByline.length).toBeGreaterThanOrEqual(0.85);
  });

  it('every page yields text, words and a reading time', () => {
    for (const slug of slugs) {
      const { doc } = load(slug);
      const result = extractArticle(doc, `https://example.com/${slug}/`, { force: true, contentType: 'text/html' });
      if (!result.ok) throw new Error(`${slug}: ${result.error.message}`);
      expect(result.article.words, slug).toBeGreaterThan(0);
      expect(result.article.readingMinutes, slug).toBeGreaterThanOrEqual(1);
    }
  });
});
