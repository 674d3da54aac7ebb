import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/library/db/db';
import type { LibraryItem } from '../../../utils/library/db/types';
import {
  FIRST_ROWS,
  firstScreenValue,
  parseFirstScreen,
  readFirstScreen,
  storeFirstScreen,
  watchFirstScreen,
  type FirstScreenStore,
  type StoredFirstScreen,
} from '../../../utils/library/first-screen/first-screen';
import { removeArticle } from '../../../utils/library/write/remove-article';
import { saveArticle } from '../../../utils/library/write/save-article';
import { saveArticles } from '../../../utils/library/write/save-articles';
import { setRead } from '../../../utils/library/write/update-article';
import { makeFakeArticle } from './fake-articles';
import { dropLibrary, freshLibrary, same } from './helpers';

let db: LibraryDb;
beforeEach(async () => (db = await freshLibrary()));
afterEach(async () => dropLibrary(db));

/** A store that keeps what it was given, as extension storage would. */
function memoryStore(initial: unknown = null) {
  const writes: StoredFirstScreen[] = [];
  const store: FirstScreenStore = {
    get: async () => structuredClone(writes.at(-1) ?? initial),
    set: async (value) => void writes.push(structuredClone(value)),
  };
  return { store, writes };
}

/** Waits until `check` holds (live queries answer after the write's transaction commits). */
async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

describe('the stored first screen of the library', () => {
  it('is the first screenful of the whole library, newest saved first, as list rows', async () => {
    await saveArticles(
      db,
      Array.from({ length: FIRST_ROWS + 5 }, (_, i) => makeFakeArticle(i)),
      { sanitize: same },
    );
    const newest = await saveArticle(db, makeFakeArticle(999), { sanitize: same, now: Date.now() + 60_000 });
    const rows = await readFirstScreen(db);
    expect(rows).toHaveLength(FIRST_ROWS);
    expect(rows[0]!.id).toBe(newest.id);
    expect(Object.keys(rows[0]!).sort()).toEqual([
      'excerpt',
      'id',
      'published',
      'read',
      'readingMinutes',
      'savedAt',
      'siteName',
      'tags',
      'title',
      'url',
    ]);
    expect(rows.map((row) => row.savedAt)).toEqual([...rows.map((row) => row.savedAt)].sort((a, b) => b - a));
  });

  it('round-trips through the store and reads back equal', async () => {
    await saveArticle(db, makeFakeArticle(1), { sanitize: same });
    const { store } = memoryStore();
    await storeFirstScreen(db, store);
    expect(parseFirstScreen(await store.get())).toEqual(await readFirstScreen(db));
  });

  it('is refused when absent, empty, of another format, too long or malformed: the page then waits for the database', () => {
    const row = {
      id: 'a',
      url: 'https://x.example/',
      title: 'T',
      siteName: null,
      savedAt: 1,
      read: false,
      tags: [],
      readingMinutes: 2,
    };
    expect(parseFirstScreen(firstScreenValue([row]))).toEqual([row]);
    expect(parseFirstScreen(null)).toBeNull();
    expect(parseFirstScreen('rows')).toBeNull();
    // An empty copy would say "Nothing saved yet" before the database could contradict it.
    expect(parseFirstScreen(firstScreenValue([]))).toBeNull();
    // A copy written before rows carried their excerpt and publication date.
    expect(parseFirstScreen({ format: 1, rows: [row] })).toBeNull();
    expect(parseFirstScreen(firstScreenValue(Array.from({ length: FIRST_ROWS + 1 }, () => row)))).toBeNull();
    for (const bad of [
      { ...row, id: 7 },
      { ...row, tags: [1] },
      { ...row, read: 0 },
      { ...row, savedAt: '1' },
      { ...row, siteName: undefined },
      { ...row, excerpt: { html: '<b>x</b>' } },
      null,
    ]) {
      expect(parseFirstScreen({ ...firstScreenValue([row]), rows: [row, bad] })).toBeNull();
    }
  });

  it('follows every change to the library while a page watches it, and writes nothing when unchanged', async () => {
    const first = await saveArticle(db, makeFakeArticle(1), { sanitize: same, now: 1000 });
    const { store, writes } = memoryStore();
    const shown = await readFirstScreen(db);
    const stop = watchFirstScreen(db, store, shown);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes).toHaveLength(0);

    const second = await saveArticle(db, makeFakeArticle(2), { sanitize: same, now: 2000 });
    await until(() => writes.at(-1)?.rows.length === 2);
    expect(writes.at(-1)!.rows.map((row) => row.id)).toEqual([second.id, first.id]);

    await setRead(db, first.id, true);
    await until(() => writes.at(-1)?.rows[1]?.read === true);

    await removeArticle(db, second.id);
    await until(() => writes.at(-1)?.rows.length === 1);
    stop();

    // Emptied: the copy says so (and parses as "no copy", so the page waits for the database's own answer).
    await removeArticle(db, first.id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes.at(-1)!.rows).toHaveLength(1);
    const { store: other, writes: otherWrites } = memoryStore();
    const stopOther = watchFirstScreen(db, other, shown);
    await until(() => otherWrites.length === 1);
    stopOther();
    expect(otherWrites[0]!.rows).toEqual([]);
    expect(parseFirstScreen(otherWrites[0])).toBeNull();
  });

  it("writes nothing for a copy equal but for the order of its keys (as Chromium's storage returns them)", async () => {
    await saveArticle(db, makeFakeArticle(1), { sanitize: same, now: 1000 });
    const sorted = (await readFirstScreen(db)).map(
      (row) => Object.fromEntries(Object.entries(row).sort()) as unknown as LibraryItem,
    );
    expect(JSON.stringify(sorted)).not.toBe(JSON.stringify(await readFirstScreen(db)));
    const { store, writes } = memoryStore();
    const stop = watchFirstScreen(db, store, sorted);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(writes).toHaveLength(0);
  });

  it('never fails the page when the store refuses a write (a full disk)', async () => {
    const refusing: FirstScreenStore = {
      get: async () => null,
      set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    };
    await expect(storeFirstScreen(db, refusing)).rejects.toThrow('full');
    const stop = watchFirstScreen(db, refusing, null);
    await saveArticle(db, makeFakeArticle(3), { sanitize: same });
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(await db.articles.count()).toBe(1);
  });
});
