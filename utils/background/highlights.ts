// The popup's highlights go through the background, which already holds the library (the popup then loads no
// database code): look up a page's highlights by its canonical URL, and add, change or remove them.
import { openLibrary, type LibraryDb } from '../library/db/db';
import { addHighlight, articleHighlights, removeHighlight, updateHighlight } from '../highlights/store';
import { onMessage, type HighlightChange } from '../messaging/protocol';

export function registerHighlights(open: () => Promise<LibraryDb> = openLibrary): void {
  let db: Promise<LibraryDb> | null = null;
  const library = () => {
    db ??= open();
    return db.catch((error: unknown) => {
      db = null;
      throw error;
    });
  };
  onMessage('pageHighlights', async ({ data: canonicalUrl }) => {
    const lib = await library();
    const row = await lib.articles.where('canonicalUrl').equals(canonicalUrl).first();
    return { articleId: row?.id ?? null, items: row ? await articleHighlights(lib, row.id) : [] };
  });
  onMessage('changeHighlight', async ({ data }) => {
    try {
      await applyChange(await library(), data);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

async function applyChange(db: LibraryDb, change: HighlightChange): Promise<void> {
  if (change.kind === 'add') await addHighlight(db, change.articleId, change.input);
  else if (change.kind === 'update') await updateHighlight(db, change.id, change.patch);
  else await removeHighlight(db, change.id);
}
