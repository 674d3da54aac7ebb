// The background's StoreDraft over utils/library: the database opens on the first save (not at startup, so a
// failing IndexedDB never stops the rest of the background) and stays open; a failed open is retried next time.
import { firstScreenStore } from '../storage/first-screen-store';
import { openLibrary, type LibraryDb } from '../library/db/db';
import { storeFirstScreen } from '../library/first-screen/first-screen';
import { saveArticle } from '../library/write/save-article';
import type { StoreDraft } from './saving';
import { sanitizeHtml } from './sanitize-html';

/** saveArticle's sanitize step for HTML sanitised beforehand: anything else is refused, never stored raw. */
function sanitizedAs(clean: string): (html: string) => string {
  return (html) => {
    if (html !== clean) throw new Error('Refusing to store HTML that was not sanitised.');
    return html;
  };
}

/** `sanitize` defaults to the background's (a real DOM: Firefox's page, Chrome's offscreen document). */
export function libraryStore(sanitize: (html: string) => Promise<string> = sanitizeHtml): StoreDraft {
  let db: Promise<LibraryDb> | null = null;
  return async (draft, images) => {
    db ??= openLibrary();
    const open = await db.catch((error: unknown) => {
      db = null;
      throw error;
    });
    // Sanitised first (asynchronously: Chrome's worker asks its offscreen document), then stored as it is.
    const html = await sanitize(draft.html);
    const saved = await saveArticle(open, { ...draft, html }, { images, sanitize: sanitizedAs(html) });
    // The library page draws its first screen from this copy; a copy that fails to write (a full disk) only
    // costs that page its head start, never the save.
    await storeFirstScreen(open, firstScreenStore).catch(() => undefined);
    return saved;
  };
}
