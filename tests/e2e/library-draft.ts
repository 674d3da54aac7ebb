import { readFileSync } from 'node:fs';
import { parseHtml } from '../../scripts/lib/parse-html';
import { extractArticle } from '../../utils/article/extract-article';
import type { ArticleDraft } from '../../utils/article/types';

// The draft the popup would hand to saving: the real extraction (with its key figures) run in Node on the
// fixture page as if it had been served from `pageUrl`. Stopgap for the save path until `ui` is merged.

export function fixtureDraft(file: string, pageUrl: string): ArticleDraft {
  const result = extractArticle(parseHtml(readFileSync(file, 'utf8')), pageUrl, { contentType: 'text/html' });
  if (!result.ok) throw new Error(`no article in ${file}: ${result.error.message}`);
  return result.article;
}
