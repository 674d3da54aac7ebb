import type { LibraryDb } from '../db/db';
import { intersect } from './intersect';
import { readMatchingRows } from './read-matching-rows';
import { searchIds } from '../search/search-ids';
import type { ArticleRow } from '../db/types';

export interface ArticleQuery {
  /** Words or figures to find in title, text and figures; '' or absent lists everything. */
  text?: string;
  site?: string | null;
  tag?: string | null;
  read?: 'all' | 'read' | 'unread';
}

export interface Page {
  limit?: number;
  offset?: number;
}

/** List rows (never bodies), newest saved first, matching every given filter. */
export async function listArticles(db: LibraryDb, query: ArticleQuery = {}, page: Page = {}): Promise<ArticleRow[]> {
  const { offset = 0, limit = Infinity } = page;
  const ids = await matchingIds(db, query);
  if (ids === null) {
    const all = db.articles.orderBy('savedAt').reverse().offset(offset);
    return Number.isFinite(limit) ? all.limit(limit).toArray() : all.toArray();
  }
  return readMatchingRows(db, ids, page);
}

/** How many articles match (the whole library without filters). */
export async function countArticles(db: LibraryDb, query: ArticleQuery = {}): Promise<number> {
  const ids = await matchingIds(db, query);
  return ids === null ? db.articles.count() : ids.size;
}

/** Ids matching the query from the indexes, intersected; null when nothing filters. */
export async function matchingIds(db: LibraryDb, query: ArticleQuery): Promise<Set<string> | null> {
  const sets: Promise<Set<string> | null>[] = [searchIds(db, query.text ?? '')];
  if (query.site) sets.push(keys(db.articles.where('siteName').equals(query.site).primaryKeys()));
  // Without case: a tag typed "News" and one stored "news" by an older version are one tag.
  if (query.tag) sets.push(keys(db.articles.where('tags').equalsIgnoreCase(query.tag).primaryKeys()));
  if (query.read === 'read' || query.read === 'unread') {
    sets.push(
      keys(
        db.articles
          .where('read')
          .equals(query.read === 'read' ? 1 : 0)
          .primaryKeys(),
      ),
    );
  }
  let result: Set<string> | null = null;
  for (const set of await Promise.all(sets)) {
    if (set === null) continue;
    result = intersect(result, set);
  }
  return result;
}

async function keys(primaryKeys: Promise<string[]>): Promise<Set<string>> {
  return new Set(await primaryKeys);
}
