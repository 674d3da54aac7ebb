import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../../../utils/clean/looks-like-article';
import { deepPage } from '../../fixtures/hostile/pages';
import { nonArticlePage } from '../../e2e/harness/generated-pages';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const article = deepPage(1);

// Against Readability's 130 test pages: tests/unit/readability-pages.test.ts, which parses them once for every check.
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
});
