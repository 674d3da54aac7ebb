import { describe, expect, it } from 'vitest';
import { firstScreenStore } from '../../../utils/storage/first-screen-store';
import { parseFirstScreen } from '../../../utils/library/first-screen/first-screen';
import { libraryStore } from '../../../utils/background/library-store';
import { makeFakeArticle } from '../library/fake-articles';

// The background's save (popup button, menu item, shortcut) on fake-indexeddb and WXT's fake extension storage.
describe('the background library store', () => {
  it('saves, and leaves the library page a copy of its first screen that holds the new article', async () => {
    const store = libraryStore();
    const first = await store(makeFakeArticle(1), new Map());
    expect(parseFirstScreen(await firstScreenStore.get())?.map((row) => row.id)).toEqual([first.id]);
    const second = await store(makeFakeArticle(2), new Map());
    const copy = parseFirstScreen(await firstScreenStore.get());
    // Both saved within the same millisecond or not: the order is the database's, checked in first-screen.test.ts.
    expect(copy?.map((row) => row.id).sort()).toEqual([first.id, second.id].sort());
    expect(copy?.find((row) => row.id === second.id)).toMatchObject({
      title: makeFakeArticle(2).title,
      read: false,
      tags: [],
    });
  });
});
