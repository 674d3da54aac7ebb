// The content script's gate: on pages that are not articles Sift does nothing at all.
import { isReadable } from '../article/is-readable';

const ARTICLE_TYPES = /"@type"\s*:\s*"(?:News|Blog|Scholarly|Tech)?Article"|"@type"\s*:\s*"(?:Report|BlogPosting|LiveBlogPosting)"/;

/** True when the page declares itself an article (og:type or JSON-LD). */
function declaresArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase();
  if (ogType === 'article') return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_TYPES.test(script.textContent ?? '')) return true;
  }
  return false;
}

/**
 * Whether a live page reads like an article: the same readerable test extraction uses (Readability's, scaled for
 * CJK text), except a site's front page, which passes that test on teasers alone unless it declares an article.
 */
export function looksLikeArticle(doc: Document, url: URL): boolean {
  if (!isReadable(doc)) return false;
  const frontPage = url.pathname === '/' || url.pathname === '/index.html';
  return !frontPage || declaresArticle(doc);
}
