import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryDb } from '../../../utils/library/db/db';
import { openLibrary } from '../../../utils/library/db/db';
import { createLibraryApi } from '../../../utils/library/api';
import { saveArticle } from '../../../utils/library/write/save-article';
import { WARM_AFTER_MS } from '../../../utils/library/read/row-cache';
import type { LibraryApi, LibraryQuery } from '../../../utils/library/db/types';
import { makeFakeArticle } from './fake-articles';
import { dropLibrary, freshLibrary, same } from './helpers';

// Searches answer from the list kept in memory once it is current; every write, from this page or another
// connection (another tab, the background), must show in the next answer as if nothing were cached.

let db: LibraryDb;
let api: LibraryApi;
const all: LibraryQuery = { text: '', site: null, tag: null, read: 'all' };
const q = (text: string, read: LibraryQuery['read'] = 'all'): LibraryQuery => ({ text, site: null, tag: null, read });
const ids = async (query: LibraryQuery) => (await api.list(query)).map((i) => i.id);
const settle = () => new Promise((ok) => setTimeout(ok, WARM_AFTER_MS + 50));

beforeEach(async () => {
  db = await freshLibrary();
  api = createLibraryApi(db, { loadSanitize: async () => same });
  for (let i = 0; i < 30; i++) await saveArticle(db, makeFakeArticle(i, 120), { sanitize: same });
});
afterEach(async () => dropLibrary(db));

describe('searching from the cached list', () => {
  it('gives exactly what the database gives, before and after every kind of write', async () => {
    const agree = async (query: LibraryQuery) => {
      await ids(query); // may come from the database, and warms the cache
      await settle();
      const read = vi.spyOn(db.articles, 'bulkGet');
      const cached = await ids(query);
      expect(read).not.toHaveBeenCalled(); // answered from memory
      read.mockRestore();
      // A new api has nothing in memory: its first answer comes from the database.
      const fresh = createLibraryApi(db, { loadSanitize: async () => same });
      expect(cached).toEqual((await fresh.list(query)).map((i) => i.id));
      expect(cached.length).toBeGreaterThan(0);
    };
    await api.list(all);
    await agree(q('item1'));
    await agree(q('story'));
    const [first] = await api.list(q('item1'));
    await api.setRead(first!.id, true);
    await agree(q('item1', 'read'));
    await agree(q('item1', 'unread'));
    await api.setTags(first!.id, ['later']);
    expect((await api.list({ ...q('item1'), tag: 'later' })).map((i) => i.tags)).toEqual([['later']]);
    const { id: added } = await saveArticle(db, makeFakeArticle(100, 120), { sanitize: same });
    expect(await ids(q('item100'))).toEqual([added]);
    await api.remove(added);
    expect(await ids(q('item100'))).toEqual([]);
  });

  it('sees a write made through another connection to the same library (another tab, the background)', async () => {
    await api.list(all);
    await api.list(q('story'));
    await settle();
    const other = await openLibrary(db.name);
    const { id } = await saveArticle(other, makeFakeArticle(200, 120), { sanitize: same });
    await other.articles.update(id, { read: 1 });
    other.close();
    expect(await ids(q('item200', 'read'))).toEqual([id]);
  });

  it('a live query answered from memory runs again when an article changes', async () => {
    await api.list(all);
    await api.list(q('item2'));
    await settle();
    const seen: boolean[][] = [];
    const subscription = liveQuery(() => api.list(q('item2'))).subscribe((items) =>
      seen.push(items.map((i) => i.read)),
    );
    await settle();
    const [item] = await api.list(q('item2'));
    await api.setRead(item!.id, true);
    await settle();
    subscription.unsubscribe();
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.at(-1)).toContain(true);
    expect(seen[0]).not.toContain(true);
  });

  it('a live query of the whole list runs again after each save (the list is read in the query, not before it)', async () => {
    const seen: number[] = [];
    const subscription = liveQuery(() => api.list(all)).subscribe((items) => seen.push(items.length));
    await settle();
    await saveArticle(db, makeFakeArticle(300, 120), { sanitize: same });
    await settle();
    await saveArticle(db, makeFakeArticle(301, 120), { sanitize: same });
    await settle();
    subscription.unsubscribe();
    expect(seen).toEqual([30, 31, 32]);
  });
});
