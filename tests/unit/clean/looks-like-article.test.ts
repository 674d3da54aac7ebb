import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article/extract-article';
import { looksLikeArticle } from '../../../utils/clean/looks-like-article';
import { deepPage } from '../../fixtures/hostile/pages';
import { nonArticlePage } from '../../e2e/harness/generated-pages';
import { fixturePages, notArticlePages } from '../../fixtures/paths';

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

  const urlOf = (dir: string) => (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string }).url;

  // Short news in <div>s, a post of short paragraphs with JSON-LD BlogPosting, a slideshow told in captions...
  it.each(readdirSync(fixturePages))('takes the fixture article %s', (name) => {
    const dir = join(fixturePages, name);
    expect(looksLikeArticle(doc(readFileSync(join(dir, 'source.html'), 'utf8')), new URL(urlOf(dir)))).toBe(true);
  });

  // ...but not a home page of teasers, search results or a shop's product page.
  it.each(readdirSync(notArticlePages))('refuses %s, here and when extracting', (name) => {
    const dir = join(notArticlePages, name);
    const html = readFileSync(join(dir, 'source.html'), 'utf8');
    expect(looksLikeArticle(doc(html), new URL(urlOf(dir)))).toBe(false);
    const result = extractArticle(doc(html), urlOf(dir), { contentType: 'text/html' });
    expect(result.ok ? 'ok' : result.error.kind).toBe('not-article');
  });
});
