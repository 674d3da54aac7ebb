import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../../../utils/clean/looks-like-article';
import { deepPage } from '../../fixtures/hostile/pages';
import { nonArticlePage } from '../../e2e/harness/generated-pages';
import { corpusDir, corpusPages, corpusPresent } from '../../fixtures/corpus-pass';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const article = deepPage(1);

describe('looksLikeArticle', () => {
  it('takes an article page and refuses a shop page with short texts', () => {
    expect(looksLikeArticle(doc(article), new URL('https://news.example/2026/tram'))).toBe(true);
    expect(looksLikeArticle(doc(nonArticlePage), new URL('https://shop.example/lamps'))).toBe(false);
  });

  it('refuses a front page full of long teasers unless it declares an article', () => {
    expect(looksLikeArticle(doc(article), new URL('https://news.example/'))).toBe(false);
    const declared = article.replace('<head>', '<head><meta property="og:type" content="article">');
    expect(looksLikeArticle(doc(declared), new URL('https://news.example/'))).toBe(true);
  });

  if (!corpusPresent) console.log(`looksLikeArticle corpus test skipped: no ${corpusDir}`);
  // The pages are parsed once per worker and shared with the other corpus tests (tests/fixtures/corpus-pass.ts).
  it.skipIf(!corpusPresent)('agrees with Readability\'s "readerable" on its test pages', () => {
    let agree = 0;
    let total = 0;
    for (const { slug, meta, doc: page } of corpusPages()) {
      if (typeof meta.readerable !== 'boolean') continue;
      total++;
      if (looksLikeArticle(page, new URL(`http://fakehost/${slug}/article.html`)) === meta.readerable) agree++;
    }
    expect(total).toBeGreaterThan(100);
    console.log(`looksLikeArticle agrees with readerable on ${agree}/${total} pages`);
    expect(agree / total).toBeGreaterThan(0.95);
  });
});
