import type { LibraryDb } from '../db/db';
import type { ArticleRow } from '../db/types';
import type { Page } from './list-articles';

// Up to this many matches, rows are read by key and sorted here; more, and one ordered pass over the table is
// cheaper. In Chromium a keyed get costs about 40 µs and a row of an ordered scan about 13 µs, so the pass wins
// near a third of a 10,000-article library. Reading the savedAt index's keys to order a few hundred matches
// cost more than the rows themselves (75 ms at 10,000 articles, bench).
export const SPARSE_MAX = 2500;

/** The page of rows whose ids are in `ids`, newest saved first (ties by id, as the savedAt index orders them). */
export async function readMatchingRows(
  db: LibraryDb,
  ids: ReadonlySet<string>,
  page: Page = {},
  sparseMax = SPARSE_MAX,
): Promise<ArticleRow[]> {
  const { offset = 0, limit = Infinity } = page;
  if (ids.size <= sparseMax) {
    const rows = (await db.articles.bulkGet([...ids])).filter((r): r is ArticleRow => r !== undefined);
    return rows.sort(newestFirst).slice(offset, offset + limit);
  }
  const ordered = db.articles.orderBy('savedAt').reverse();
  if (!Number.isFinite(limit)) return (await ordered.toArray()).filter((r) => ids.has(r.id)).slice(offset);
  // Many matches among all rows: a cursor meets a page of them early and stops there.
  return ordered
    .filter((r) => ids.has(r.id))
    .offset(offset)
    .limit(limit)
    .toArray();
}

function newestFirst(a: ArticleRow, b: ArticleRow): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1);
}
