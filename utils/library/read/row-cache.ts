import { Dexie } from 'dexie';
import type { LibraryDb } from '../db/db';
import type { ArticleRow } from '../db/types';

/** Quiet time after the last write before the list is read into memory again. */
export const WARM_AFTER_MS = 150;

export interface RowCache {
  /** Every list row, newest saved first: from memory when nothing changed since the last read. */
  rows(): Promise<ArticleRow[]>;
  /**
   * The rows held in memory, checked to be current (null if they turn out not to be); null at once when none are
   * held, and then they are read in the background.
   */
  held(): Promise<ArticleRow[] | null> | null;
}

/**
 * The whole list kept between searches, so a search costs its index reads and a filter in memory rather than one
 * keyed read per match (about 40 µs each in Chromium: 900 matches is 36 ms). Dropped on any write to the
 * database, in this page, another tab or the background (Dexie's storagemutated event carries all three), so a
 * search never sees a stale row. The table's count is read on every use: it makes a live query that answered
 * from memory run again when articles change, and checks that the copy is whole.
 * Reads start synchronously in each call, before any await: a live query tracks only reads made in its own zone.
 */
export function createRowCache(db: LibraryDb): RowCache {
  let cached: Promise<ArticleRow[]> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drop = () => {
    cached = null;
    // A burst of writes (an import, saves in a row) should not re-read the list after each one.
    clearTimeout(timer);
    timer = undefined;
  };
  // Only a change to the rows drops them: the list's thumbnails are written while it is shown.
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => !part.includes('/thumbs/'))) drop();
  });
  const read = () => (cached ??= db.articles.orderBy('savedAt').reverse().toArray());
  /** The held rows if nothing dropped them meanwhile and they are as many as the table holds; else null. */
  const checked = (held: Promise<ArticleRow[]>) =>
    Promise.all([held, db.articles.count()]).then(([rows, n]) => (held === cached && rows.length === n ? rows : null));
  return {
    rows() {
      return checked(cached ?? read()).then((rows) => rows ?? ((cached = null), read()));
    },
    held() {
      const held = cached;
      if (!held) {
        // Read outside the caller's live query (a timer leaves Dexie's zone), once writes have paused.
        timer ??= setTimeout(() => {
          timer = undefined;
          void read();
        }, WARM_AFTER_MS);
        return null;
      }
      return checked(held);
    },
  };
}
