// The background's StoreDraft over utils/library: the database opens on the first save (not at startup, so a
// failing IndexedDB never stops the rest of the background) and stays open; a failed open is retried next time.
import { openLibrary, type LibraryDb } from './library/db';
import { saveArticle } from './library/save-article';
import type { StoreDraft } from './saving';
import { sanitizeHtml } from './sanitize-html';

export function libraryStore(): StoreDraft {
  let db: Promise<LibraryDb> | null = null;
  return async (draft, images) => {
    db ??= openLibrary();
    const open = await db.catch((error: unknown) => {
      db = null;
      throw error;
    });
    return saveArticle(open, draft, { images, sanitize: sanitizeHtml });
  };
}
