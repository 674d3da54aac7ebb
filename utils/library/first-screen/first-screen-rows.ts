import { liveQuery } from 'dexie';
import type { LibraryDb } from '../db/db';
import { FIRST_ROWS, firstScreenValue, rowsKey, type FirstScreenStore } from './first-screen';
import { listArticles } from '../read/list-articles';
import { toItem } from '../write/to-draft';
import type { LibraryItem } from '../db/types';

// The database side of the first-screen copy (first-screen.ts): read it, write it, keep it current. Apart from
// first-screen.ts so the library page can draw the copy before it has loaded Dexie.

/** The whole library's first screenful, newest saved first, as the page's list shows it. */
export async function readFirstScreen(db: LibraryDb): Promise<LibraryItem[]> {
  return (await listArticles(db, {}, { limit: FIRST_ROWS })).map(toItem);
}

/** Writes the copy from the database (after a save or any other change to the library). */
export async function storeFirstScreen(db: LibraryDb, store: FirstScreenStore): Promise<void> {
  await store.set(firstScreenValue(await readFirstScreen(db)));
}

/**
 * Keeps the copy equal to the database's first screen while a page is open: any change, from this page, another
 * tab or the background, rewrites it. `shown` is what the copy held when the page opened (no write when unchanged).
 * Returns the unsubscribe.
 */
export function watchFirstScreen(db: LibraryDb, store: FirstScreenStore, shown: LibraryItem[] | null): () => void {
  let last = rowsKey(shown);
  const subscription = liveQuery(() => readFirstScreen(db)).subscribe({
    next: (rows) => {
      const key = rowsKey(rows);
      if (key === last) return;
      last = key;
      // Only a head start is lost when extension storage refuses (a full disk); the library itself is untouched.
      store.set(firstScreenValue(rows)).catch(() => undefined);
    },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
