import type { ArticleDraft } from '../../article/types';
import type { LibraryDb } from '../db/db';
import { StorageFullError, isQuotaError } from '../db/errors';
import { newArticleId } from './new-article-id';
import { pickImages } from './pick-images';
import { validateDraft } from './validate-draft';
import { articleTables, writeArticle } from './write-article';

export interface SaveOptions {
  /** Fetched images by absolute URL; only those the html shows, of image types and within the caps, are kept. */
  images?: ReadonlyMap<string, Blob>;
  /** Sanitises html again on the way in: a draft crossed a message boundary from a web page's context. */
  sanitize: (html: string) => string;
  now?: number;
}

export interface SaveOutcome {
  id: string;
  /** true when the canonical URL was already saved and its record was updated. */
  updated: boolean;
}

/**
 * Saves a draft in one transaction, upserting by canonical URL: a second save keeps the id, savedAt, tags,
 * read state and progress and sets updatedAt. Concurrent saves of one page give one record (IndexedDB runs
 * rw transactions over the same tables one after the other). A quota failure rejects with StorageFullError
 * and leaves nothing written.
 */
export async function saveArticle(db: LibraryDb, input: ArticleDraft, options: SaveOptions): Promise<SaveOutcome> {
  const draft = validateDraft(input);
  const images = pickImages(draft.images, options.images);
  const html = options.sanitize(draft.html);
  const now = options.now ?? Date.now();
  try {
    return await db.transaction('rw', articleTables(db), async () => {
      const existing = await db.articles.where('canonicalUrl').equals(draft.canonicalUrl).first();
      const id = existing?.id ?? (await newArticleId(db));
      const row = {
        id,
        url: draft.url,
        canonicalUrl: draft.canonicalUrl,
        title: draft.title,
        byline: draft.byline,
        siteName: draft.siteName,
        published: draft.published,
        lang: draft.lang,
        dir: draft.dir,
        excerpt: draft.excerpt,
        words: draft.words,
        readingMinutes: draft.readingMinutes,
        ...(draft.partial ? { partial: true } : {}),
        tags: existing?.tags ?? [],
        read: existing?.read ?? 0,
        progress: existing?.progress ?? 0,
        savedAt: existing?.savedAt ?? now,
        updatedAt: now,
      } as const;
      await writeArticle(db, row, { id, html, text: draft.text, figures: draft.figures, images: draft.images }, images);
      return { id, updated: existing !== undefined };
    });
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(`"${draft.title.slice(0, 80)}"`, { cause: error });
    throw error;
  }
}
