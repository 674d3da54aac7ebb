// The readerable test alone: the package's index would bring all of Readability into the clean content script.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { declaresArticle } from './declares-article';
import { measureProse } from './prose';

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;
// Pages that say what they are, and it is not one piece of writing.
const OTHER_TYPES = /"@type"\s*:\s*(\[[^\]]*)?"(?:Product|ItemList|SearchResultsPage|CollectionPage|Store|Offer)"/;

/**
 * Whether a page reads as an article. Readability's readerable test (thresholds scaled for Chinese, Japanese and
 * Korean text, where a paragraph says in 70 characters what English says in 200), or, for what it turns away,
 * running text in one container: less of it when the page declares an article (og:type, JSON-LD), more when it
 * declares nothing. Text in <div>s and short paragraphs counts; lists of teasers, search results and shop pages
 * (linked headings, or declared as products or lists) do not.
 */
export function isReadable(doc: Document): boolean {
  return readerable(doc) || shortArticle(doc);
}

function readerable(doc: Document): boolean {
  const sample = (doc.body?.textContent ?? '').slice(0, 20_000);
  const cjk = sample.match(CJK)?.length ?? 0;
  const dense = cjk > sample.replace(/\s+/g, '').length * 0.3;
  return dense ? isProbablyReaderable(doc, { minContentLength: 50, minScore: 8 }) : isProbablyReaderable(doc);
}

function shortArticle(doc: Document): boolean {
  const prose = measureProse(doc);
  if (prose.blocks < 2 || prose.concentration < 0.6 || prose.linkedHeadings >= 3) return false;
  const scale = prose.cjk ? 0.4 : 1;
  if (declaresArticle(doc)) return prose.chars >= 250 * scale;
  if (declaresOther(doc)) return false;
  return prose.blocks >= 3 && prose.chars >= 500 * scale;
}

function declaresOther(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? '';
  if (ogType.startsWith('product')) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (OTHER_TYPES.test(script.textContent ?? '')) return true;
  }
  return false;
}
