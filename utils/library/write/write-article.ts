import type { LibraryDb } from '../db/db';
import type { ArticleBody, ArticleRow } from '../db/types';
import { articleTerms } from '../search/article-terms';

/**
 * Writes one article's row, body, terms and images. Call inside a rw transaction over all four tables:
 * images no longer shown are dropped, the new ones replace the old.
 */
export async function writeArticle(
  db: LibraryDb,
  row: ArticleRow,
  body: ArticleBody,
  images: ReadonlyMap<string, Blob>,
): Promise<void> {
  await db.articles.put(row);
  await db.bodies.put(body);
  await db.terms.put({ id: row.id, terms: articleTerms(row.title, body.text, body.figures) });
  // The images may have changed: the list makes the thumbnail again when it next shows the row.
  await db.thumbs.delete(row.id);
  const shown = new Set(body.images);
  const stale = (await db.images.where('articleId').equals(row.id).primaryKeys()).filter(([, url]) => !shown.has(url));
  if (stale.length) await db.images.bulkDelete(stale);
  if (images.size) await db.images.bulkPut([...images].map(([url, blob]) => ({ articleId: row.id, url, blob })));
}

/** The tables every article write touches, for db.transaction('rw', ...). */
export function articleTables(db: LibraryDb) {
  // highlights: removing an article removes its highlights (and Undo restores them) in the same transaction.
  return [db.articles, db.bodies, db.terms, db.images, db.highlights, db.thumbs];
}
