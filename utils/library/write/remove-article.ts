import type { LibraryDb } from '../db/db';
import { getArticle, type FullArticle } from '../read/get-article';
import { articleTables, writeArticle } from './write-article';

/** Deletes an article with its body, terms and images in one transaction; returns what restoreArticle needs. */
export async function removeArticle(db: LibraryDb, id: string): Promise<FullArticle | undefined> {
  return db.transaction('rw', articleTables(db), async () => {
    const article = await getArticle(db, id);
    await Promise.all([
      db.articles.delete(id),
      db.bodies.delete(id),
      db.terms.delete(id),
      db.images.where('articleId').equals(id).delete(),
      db.highlights.where('articleId').equals(id).delete(),
      db.thumbs.delete(id),
    ]);
    return article;
  });
}

/** Puts a removed article back exactly as it was (same id, times, tags, images). */
export async function restoreArticle(db: LibraryDb, removed: FullArticle): Promise<void> {
  const { row, body, images } = removed;
  await db.transaction('rw', articleTables(db), async () => {
    const clash = await db.articles.where('canonicalUrl').equals(row.canonicalUrl).first();
    // Saved again since the delete: the newer save wins, the undo has nothing to put back.
    if (clash && clash.id !== row.id) return;
    await writeArticle(db, row, body, images);
    if (removed.highlights?.length) await db.highlights.bulkPut(removed.highlights);
  });
}
