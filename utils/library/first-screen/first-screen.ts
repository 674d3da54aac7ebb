import { liveQuery } from 'dexie';
import type { LibraryDb } from '../db/db';
import type { LibraryItem } from '../db/types';
import { listArticles } from '../read/list-articles';
import { toItem } from '../write/to-draft';

// The library's first screenful, kept as a copy outside IndexedDB so the library page can draw it before its
// database opens: after a browser start Chromium's first IndexedDB open of a 10,000-article library took 120-450 ms,
// a read of extension storage 20-90 ms. This module owns the copy: what it holds, reading and writing it, and
// refusing one it cannot trust. The copy is only ever a preview: the page draws it busy and replaces it with the
// database's rows as soon as they are read, and never shows an empty copy (that would say "Nothing saved" when it
// may be false). Where it lives is the caller's (utils/storage/first-screen-store.ts in the browser, a Map in tests).

/** Key of the copy in extension storage; tests read it. */
export const FIRST_SCREEN_KEY = 'libraryFirstScreen';

/** Rows read for the first screenful, before the whole list. */
export const FIRST_ROWS = 40;

/** Bumped when LibraryItem changes shape, so a copy written by another version is ignored rather than misdrawn. */
const FORMAT = 2;

export interface StoredFirstScreen {
  format: number;
  rows: LibraryItem[];
}

/** Where the copy lives (extension storage in the browser; a Map in tests). */
export interface FirstScreenStore {
  get(): Promise<unknown>;
  set(value: StoredFirstScreen): Promise<void>;
}

export function firstScreenValue(rows: LibraryItem[]): StoredFirstScreen {
  return { format: FORMAT, rows };
}

/** The stored copy's rows, or null when there is none, it cannot be read, or parseFirstScreen refuses it. */
export async function loadFirstScreen(store: FirstScreenStore): Promise<LibraryItem[] | null> {
  return store.get().then(parseFirstScreen, () => null);
}

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

/**
 * The rows as one comparable string, whatever order their keys came back in (Chromium's extension storage returns
 * them sorted, so comparing JSON rewrote an unchanged copy on every library open).
 */
export function rowsKey(rows: LibraryItem[] | null): string {
  // Every field, in sorted key order: a field added to LibraryItem is compared without anyone listing it here.
  return JSON.stringify((rows ?? []).map((row) => Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/** The rows of a stored copy, or null when there is none, it is empty, or it is not what this version wrote. */
export function parseFirstScreen(value: unknown): LibraryItem[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const { format, rows } = value as Partial<StoredFirstScreen>;
  if (format !== FORMAT || !Array.isArray(rows) || rows.length === 0 || rows.length > FIRST_ROWS) return null;
  return rows.every(isItem) ? rows : null;
}

function isItem(value: unknown): value is LibraryItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item.id === 'string' &&
    typeof item.url === 'string' &&
    typeof item.title === 'string' &&
    (item.siteName === null || typeof item.siteName === 'string') &&
    typeof item.savedAt === 'number' &&
    typeof item.read === 'boolean' &&
    Array.isArray(item.tags) &&
    item.tags.every((tag) => typeof tag === 'string') &&
    typeof item.readingMinutes === 'number' &&
    optionalText(item.excerpt) &&
    optionalText(item.published)
  );
}

function optionalText(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}
