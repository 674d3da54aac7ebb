// What the library holds for the page the popup shows: whether it is saved (the "Saved" state, its tags) and where
// the reader left it. Loaded on demand beside the first read: Dexie is no part of popup.html's up-front scripts.
import { openLibrary, type LibraryDb } from '../library/db/db';
import { setTags } from '../library/write/update-article';

export interface SavedEntry {
  id: string;
  tags: string[];
  progress: number;
}

let opened: Promise<LibraryDb> | null = null;
const db = () => (opened ??= openLibrary());

/** The saved article at this canonical URL; null when it is not saved or the library cannot open (private window). */
export async function findSaved(canonicalUrl: string): Promise<SavedEntry | null> {
  try {
    const row = await (await db()).articles.where('canonicalUrl').equals(canonicalUrl).first();
    return row ? { id: row.id, tags: row.tags, progress: row.progress } : null;
  } catch {
    return null;
  }
}

export async function setSavedTags(id: string, tags: string[]): Promise<void> {
  await setTags(await db(), id, tags);
}
