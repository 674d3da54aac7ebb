// The content script's gate: on pages that are not articles Sift does nothing at all.
import { declaresArticle } from '../article/declares-article';
import { isReadable } from '../article/is-readable';

/**
 * Whether a live page reads like an article: the same test extraction uses (utils/article isReadable), except a
 * site's front page, which passes that test on teasers alone unless it declares an article.
 */
export function looksLikeArticle(doc: Document, url: URL): boolean {
  if (!isReadable(doc)) return false;
  const frontPage = url.pathname === '/' || url.pathname === '/index.html';
  return !frontPage || declaresArticle(doc);
}
