import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/library/db';
import { createLibraryApi } from '../../../utils/library/library-api';
import { saveArticle } from '../../../utils/library/save-article';
import type { LibraryApi } from '../../../utils/library/types';
import { makeFakeArticle } from './fake-articles';
import { dropLibrary, freshLibrary, pngBlob, same } from './helpers';

let db: LibraryDb;
let api: LibraryApi;
beforeEach(async () => {
  db = await freshLibrary();
  api = createLibraryApi(db, { loadSanitize: async () => same });
});
afterEach(async () => dropLibrary(db));

describe('createLibraryApi', () => {
  it('lists, opens, marks, tags and removes with undo through the page interface', async () => {
    const draft = makeFakeArticle(9);
    const { id } = await saveArticle(db, draft, { sanitize: same, images: new Map([[draft.images[0]!, pngBlob(16)]]) });
    await saveArticle(db, makeFakeArticle(10), { sanitize: same });
    const all = await api.list({ text: '', site: null, tag: null, read: 'all' });
    expect(all).toHaveLength(2);
    expect(Object.keys(all[0]!).sort()).toEqual(['id', 'readingMinutes', 'read', 'savedAt', 'siteName', 'tags', 'title', 'url'].sort());
    expect(await api.list({ text: '', site: null, tag: null, read: 'all' }, 1)).toHaveLength(1);

    await api.setRead(id, true);
    await api.setTags(id, ['Later']);
    await api.setProgress(id, 0.4);
    const article = await api.get(id);
    expect(article).toMatchObject({ id, read: true, tags: ['later'], progress: 0.4, draft: { title: draft.title, text: draft.text } });
    expect(article!.images[draft.images[0]!]!.size).toBe(16);
    expect(await api.list({ text: 'item9', site: null, tag: 'later', read: 'read' })).toHaveLength(1);
    expect((await api.facets()).tags).toEqual(['later']);

    const undo = await api.remove(id);
    expect(await api.get(id)).toBeUndefined();
    await undo();
    expect(await api.get(id)).toEqual(article);
  });

  it('reports unknown storage as nulls in Node', async () => {
    expect(await api.storage()).toEqual({ usage: null, quota: null, persisted: null });
    expect(await api.persist()).toBe(false);
  });
});
