import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/library/db/db';
import { createLibraryApi } from '../../../utils/library/api';
import { saveArticle } from '../../../utils/library/write/save-article';
import type { LibraryApi } from '../../../utils/library/db/types';
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
    expect(Object.keys(all[0]!).sort()).toEqual(
      ['excerpt', 'id', 'published', 'readingMinutes', 'read', 'savedAt', 'siteName', 'tags', 'title', 'url'].sort(),
    );
    expect(await api.list({ text: '', site: null, tag: null, read: 'all' }, 1)).toHaveLength(1);

    await api.setRead(id, true);
    await api.setTags(id, ['Later']);
    await api.setProgress(id, 0.4);
    const article = await api.get(id);
    expect(article).toMatchObject({
      id,
      read: true,
      tags: ['Later'],
      progress: 0.4,
      draft: { title: draft.title, text: draft.text },
    });
    expect(article!.images[draft.images[0]!]!.size).toBe(16);
    expect(await api.list({ text: 'item9', site: null, tag: 'later', read: 'read' })).toHaveLength(1);
    expect((await api.facets()).tags).toEqual(['Later']);

    const undo = await api.remove(id);
    expect(await api.get(id)).toBeUndefined();
    await undo();
    expect(await api.get(id)).toEqual(article);
  });

  it('reports unknown storage as nulls in Node', async () => {
    expect(await api.storage()).toEqual({ usage: null, quota: null, persisted: null });
    expect(await api.persist()).toBe(false);
  });

  it('loads the sanitiser only when an import runs, and cleans imported html with it', async () => {
    const { id } = await saveArticle(db, makeFakeArticle(3), { sanitize: same });
    let loads = 0;
    const counting = createLibraryApi(db, {
      loadSanitize: async () => (loads++, (html) => html.replace(/<script>.*?<\/script>/g, '')),
    });
    await counting.list({ text: 'item3', site: null, tag: null, read: 'all' });
    await counting.get(id);
    const { blob } = await counting.exportAll('sift-json', {});
    expect(loads).toBe(0);

    const dirty = (await blob.text()).replace(/"html":"/, '"html":"<script>x()</script>');
    expect(dirty).toContain('<script>x()');
    await db.delete();
    await db.open();
    expect((await counting.importFile(new File([dirty], 'sift.json'), {})).imported).toBe(1);
    expect(loads).toBe(1);
    expect((await counting.get(id))!.draft.html).not.toContain('<script>');
  });
});
