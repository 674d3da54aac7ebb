import type { LibraryItem } from '../db/types';

// The library's first screenful, kept as a copy outside IndexedDB so the library page can draw it before its
// database opens. After a browser start Chromium's first IndexedDB open of a 10,000-article library took 120-450 ms,
// a read of extension storage 20-90 ms. The copy is only ever a preview: the page replaces it with the database's
// rows as soon as they are read, and never shows an empty copy (that would say "Nothing saved" when it may be false).

/** Key of the copy, in storage.local and in the library page's localStorage (page-first-screen.ts); tests read it. */
export const FIRST_SCREEN_KEY = 'libraryFirstScreen';

/** Rows read for the first screenful, before the whole list. */
export const FIRST_ROWS = 40;

/** Bumped when LibraryItem changes shape, so a copy written by another version is ignored rather than misdrawn. */
const FORMAT = 1;

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
    typeof item.readingMinutes === 'number'
  );
}
