import { beforeAll, describe, expect, it } from 'vitest';
import { isReadable } from '../../utils/article/is-readable';
import { looksLikeArticle } from '../../utils/clean/looks-like-article';
import { corpusDir, corpusExtract, corpusPages, corpusPresent } from '../fixtures/corpus-pass';

if (!corpusPresent)
  console.warn(`skipping the readability-pages tests: ${corpusDir} is absent (it sits beside the repository in CI)`);

// Every check against these pages is in this one file, so each page is parsed once and extracted once per run
// (tests/fixtures/corpus-pass.ts), whichever worker runs it: that is most of the unit suite's time.
describe.skipIf(!corpusPresent)("Mozilla Readability's 130 test pages", () => {
  // The one pass, before the tests that read it: about 16 s of CPU, minutes when two cores are shared by many jobs.
  // The timeout is a hang guard only.
  beforeAll(() => void corpusPages().forEach(corpusExtract), 600_000);

  it('agrees with Readability on which pages are articles, on every page', () => {
    const disagree = corpusPages().filter(({ doc, meta }) => isReadable(doc) !== meta.readerable);
    expect(disagree.map((page) => page.slug)).toEqual([]);
  });

  it('the content script\'s gate (looksLikeArticle) agrees with Readability\'s "readerable" on 95% of them', () => {
    let agree = 0;
    let total = 0;
    for (const { slug, meta, doc } of corpusPages()) {
      if (typeof meta.readerable !== 'boolean') continue;
      total++;
      if (looksLikeArticle(doc, new URL(`http://fakehost/${slug}/article.html`)) === meta.readerable) agree++;
    }
    expect(total).toBeGreaterThan(100);
    console.log(`looksLikeArticle agrees with readerable on ${agree}/${total} pages`);
    expect(agree / total).toBeGreaterThan(0.95);
  });

  it('reads title, language and direction as Readability expects on at least 95% of pages', () => {
    const pages = corpusPages();
    let titles = 0;
    let langs = 0;
    let dirs = 0;
    for (const page of pages) {
      const result = corpusExtract(page);
      if (!result.ok) continue;
      const a = result.article;
      const { meta } = page;
      // Sift prefers the page's own headline over a <title> padded with section names; both are accepted.
      if (a.title === meta.title || meta.title.startsWith(a.title)) titles += 1;
      if (a.lang === (meta.lang ?? null)) langs += 1;
      if (a.dir === (meta.dir ?? null)) dirs += 1;
    }
    expect(titles / pages.length).toBeGreaterThanOrEqual(0.95);
    expect(langs / pages.length).toBeGreaterThanOrEqual(0.95);
    expect(dirs / pages.length).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the byline Readability finds, on at least 85% of the pages that have one', () => {
    const withByline = corpusPages().filter(({ meta }) => meta.byline);
    const same = withByline.filter((page) => {
      const result = corpusExtract(page);
      const want = page.meta.byline!.replace(/^(by|par|von|por)\s+/i, '').trim();
      return result.ok && result.article.byline === want;
    });
    expect(same.length / withByline.length).toBeGreaterThanOrEqual(0.85);
  });

  it('every page yields text, words and a reading time', () => {
    for (const page of corpusPages()) {
      const result = corpusExtract(page);
      if (!result.ok) throw new Error(`${page.slug}: ${result.error.message}`);
      expect(result.article.words, page.slug).toBeGreaterThan(0);
      expect(result.article.readingMinutes, page.slug).toBeGreaterThanOrEqual(1);
    }
  });
});
