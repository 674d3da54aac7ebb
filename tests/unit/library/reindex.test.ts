import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createLibraryDb, openLibrary } from '../../../utils/library/db/db';
import { listArticles } from '../../../utils/library/read/list-articles';

// A Chinese article saved by version 1 kept "500万" as 500 and 万美 only: the upgrade's reindex makes it findable.
describe('schema 2 reindexes saved articles', () => {
  it('finds a version 1 Chinese title by a figure written against its characters', async () => {
    const name = `sift-reindex-${Math.random().toString(36).slice(2)}`;
    const old = createLibraryDb(name, 1);
    await old.open();
    await old.table('articles').put({
      id: 'zh',
      url: 'https://news.example/zh',
      canonicalUrl: 'https://news.example/zh',
      title: '初创公司融资500万美元',
      byline: null,
      siteName: null,
      published: null,
      lang: 'zh',
      dir: 'ltr',
      excerpt: null,
      words: 10,
      readingMinutes: 1,
      tags: [],
      read: 0,
      progress: 0,
      savedAt: 1,
      updatedAt: 1,
    });
    await old.table('bodies').put({ id: 'zh', html: '<p>研发</p>', text: '研发', figures: [], images: [] });
    // Terms as version 1 made them.
    await old
      .table('terms')
      .put({ id: 'zh', terms: ['初创', '创公', '公司', '司融', '融资', '500', '万美', '美元', '研发'] });
    old.close();
    const db = await openLibrary(name);
    expect((await listArticles(db, { text: '500万' })).map((r) => r.id)).toEqual(['zh']);
    expect((await listArticles(db, { text: '融资500' })).map((r) => r.id)).toEqual(['zh']);
    expect(await listArticles(db, { text: '600万' })).toEqual([]);
    db.close();
    await Dexie.delete(name);
  });
});
