import type { LibraryDb } from '../db/db';
import type { ArticleBody, ArticleRow } from '../db/types';

export interface FullArticle {
  row: ArticleRow;
  body: ArticleBody;
  /** Stored images by original absolute URL. */
  images: Map<string, Blob>;
}

/** One article with its body and stored images, read in one transaction so the parts agree. */
export async function getArticle(db: LibraryDb, id: string): Promise<FullArticle | undefined> {
  return db.transaction('r', [db.articles, db.bodies, db.images], async () => {
    const [row, body, images] = await Promise.all([
      db.articles.get(id),
      db.bodies.get(id),
      db.images.where('articleId').equals(id).toArray(),
    ]);
    if (!row || !body) return undefined;
    return { row, body, images: new Map(images.map((i) => [i.url, i.blob])) };
  });
}
