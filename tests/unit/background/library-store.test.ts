import { describe, expect, it } from 'vitest';
import { firstScreenStore } from '../../../utils/storage/first-screen-store';
import { parseFirstScreen } from '../../../utils/library/first-screen/first-screen';
import { libraryStore } from '../../../utils/background/library-store';
import { makeFakeArticle } from '../library/fake-articles';
import { sanitizeHtml } from '../library/helpers';

// The background's save (popup button, menu item, shortcut) on fake-indexeddb and WXT's fake extension storage.
describe('the background library store', () => {
  it('saves, and leaves the library page a copy of its first screen that holds the new article', async () => {
    // Node has no DOMParser: extraction's allowlist over linkedom stands in for the offscreen document.
    const store = libraryStore(async (html) => sanitizeHtml(html));
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

  it('stores the HTML sanitised, never as the draft gave it', async () => {
    const store = libraryStore(async (html) => sanitizeHtml(html));
    const draft = {
      ...makeFakeArticle(3),
      html: '<p>Kept.</p><img src="x" onerror="alert(1)"><script>alert(2)</script>',
    };
    const { id } = await store(draft, new Map());
    const { openLibrary } = await import('../../../utils/library/db/db');
    const { getArticle } = await import('../../../utils/library/read/get-article');
    const saved = await getArticle(await openLibrary(), id);
    expect(saved?.body.html).toContain('<p>Kept.</p>');
    expect(saved?.body.html).not.toMatch(/onerror|<script/);
  });
});
