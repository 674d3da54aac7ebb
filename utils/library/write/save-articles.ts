import type { ArticleDraft } from '../../article/types';
import type { LibraryDb } from '../db/db';
import { saveArticle, type SaveOptions, type SaveOutcome } from './save-article';
import { articleTables } from './write-article';

/**
 * Saves many drafts in one transaction (seeding a bench, a bulk re-save): all saved or none. Each draft is
 * upserted exactly as saveArticle does; images are not taken (each draft would need its own).
 */
export async function saveArticles(
  db: LibraryDb,
  drafts: readonly ArticleDraft[],
  options: Omit<SaveOptions, 'images'>,
): Promise<SaveOutcome[]> {
  return db.transaction('rw', articleTables(db), async () => {
    const outcomes: SaveOutcome[] = [];
    // saveArticle's own transaction nests into this one (same tables, same mode).
    for (const draft of drafts) outcomes.push(await saveArticle(db, draft, options));
    return outcomes;
  });
}
