import type { LibraryDb } from '../db/db';
import type { ArticleBody, ArticleRow } from '../db/types';
import type { Highlight } from '../../highlights/types';

export interface FullArticle {
  row: ArticleRow;
  body: ArticleBody;
  /** Stored images by original absolute URL. */
  images: Map<string, Blob>;
  /** The reader's highlights, oldest first (absent where a caller built the article by hand). */
  highlights?: Highlight[];
}

/** One article with its body and stored images, read in one transaction so the parts agree. */
export async function getArticle(db: LibraryDb, id: string): Promise<FullArticle | undefined> {
  return db.transaction('r', [db.articles, db.bodies, db.images, db.highlights], async () => {
    const [row, body, images, highlights] = await Promise.all([
      db.articles.get(id),
      db.bodies.get(id),
      db.images.where('articleId').equals(id).toArray(),
      db.highlights.where('articleId').equals(id).sortBy('createdAt'),
    ]);
    if (!row || !body) return undefined;
    return { row, body, images: new Map(images.map((i) => [i.url, i.blob])), highlights };
  });
}
