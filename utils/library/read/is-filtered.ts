import type { ArticleQuery } from './list-articles';

// Apart from list-articles.ts so the library page's first script (opening-api.ts) can ask without loading the
// database's query code.

/** Whether the query narrows the library at all (otherwise it is the whole library, newest first). */
export function isFiltered(query: ArticleQuery): boolean {
  return !!query.text?.trim() || !!query.site || !!query.tag || (query.read !== undefined && query.read !== 'all');
}
