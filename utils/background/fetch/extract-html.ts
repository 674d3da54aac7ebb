// A fetched page read by the same extraction as a save from the menu (extract-for-save.ts: readArticle with the
// figures in any language), on a document parsed from the page's HTML: no script of the page ever runs.
import { extractArticle } from '../../article/extract-article';
import type { ExtractResult } from '../../article/types';

export function extractHtml(
  html: string,
  url: string,
  contentType: string,
  force: boolean,
  parser: { parseFromString(html: string, type: 'text/html'): Document } = new DOMParser(),
): ExtractResult {
  const doc = parser.parseFromString(html, 'text/html');
  return extractArticle(doc, url, { force, contentType });
}
