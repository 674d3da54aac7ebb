import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/library/db/db';
import { facets } from '../../../utils/library/read/facets';
import { countArticles, listArticles, matchingIds } from '../../../utils/library/read/list-articles';
import { readMatchingRows } from '../../../utils/library/read/read-matching-rows';
import { removeArticle, restoreArticle } from '../../../utils/library/write/remove-article';
import { saveArticle } from '../../../utils/library/write/save-article';
import { setProgress, setRead, setTags } from '../../../utils/library/write/update-article';
import { makeFakeArticle } from './fake-articles';
import { dropLibrary, freshLibrary, pngBlob, same, snapshot } from './helpers';

let db: LibraryDb;
const ids: string[] = [];
beforeEach(async () => {
  db = await freshLibrary();
  ids.length = 0;
  for (let i = 0; i < 30; i++)
    ids.push((await saveArticle(db, makeFakeArticle(i), { sanitize: same, now: 1000 + i })).id);
});
afterEach(async () => dropLibrary(db));

const titles = async (...args: Parameters<typeof listArticles>) => (await listArticles(...args)).map((r) => r.title);

describe('listing and search', () => {
  it('lists newest first with limit and offset, rows without bodies', async () => {
    const page = await listArticles(db, {}, { limit: 5, offset: 2 });
    expect(page.map((r) => r.savedAt)).toEqual([1027, 1026, 1025, 1024, 1023]);
    expect(page[0]).not.toHaveProperty('html');
    expect(await countArticles(db)).toBe(30);
  });

  it('finds an article by a word of its text, by title, and ANDs words as prefixes', async () => {
    await saveArticle(
      db,
      { ...makeFakeArticle(100), text: 'The Élysée palace answered on Tuesday.', title: 'Paris' },
      { sanitize: same },
    );
    expect(await titles(db, { text: 'elysee' })).toEqual(['Paris']);
    expect(await titles(db, { text: 'Élys tues' })).toEqual(['Paris']);
    expect(await titles(db, { text: 'elysee economy' })).toEqual([]);
    expect(await titles(db, { text: 'item7' })).toEqual([makeFakeArticle(7).title]);
  });

  it('finds an article by a figure as written: "43%" and "$3.2bn"', async () => {
    const draft = makeFakeArticle(200);
    const text = 'Hospitals grew 43% while the fund reached $3.2bn and 1,200 beds.';
    await saveArticle(db, { ...draft, title: 'Figures', text, figures: [] }, { sanitize: same });
    for (const q of ['43%', '$3.2bn', '3.2bn', '1200', '1,200'])
      expect(await titles(db, { text: q }), q).toEqual(['Figures']);
    expect(await titles(db, { text: '44%' })).toEqual([]);
  });

  it('finds a Chinese word inside a sentence', async () => {
    await saveArticle(
      db,
      { ...makeFakeArticle(400), title: '医院', text: '全国已有数百家医院部署了人工智能产业模型。' },
      { sanitize: same },
    );
    expect(await titles(db, { text: '人工智能' })).toEqual(['医院']);
    expect(await titles(db, { text: '部署' })).toEqual(['医院']);
    expect(await titles(db, { text: '智慧' })).toEqual([]);
  });

  it('finds a figure by its normalised value when the text spells it out', async () => {
    const draft = makeFakeArticle(300);
    const text = 'The deal was worth 3.2 billion dollars.';
    const figure = {
      kind: 'money',
      value: 3.2e9,
      unit: 'USD',
      text: '3.2 billion dollars',
      start: 19,
      end: 38,
      sentence: text,
      score: 1,
    } as const;
    await saveArticle(db, { ...draft, title: 'Spelled', text, figures: [figure] }, { sanitize: same });
    expect(await titles(db, { text: '$3.2bn' })).toEqual(['Spelled']);
  });

  it('filters by site, tag and read state, alone and with search', async () => {
    const site = makeFakeArticle(3).siteName!;
    const bySite = await listArticles(db, { site });
    expect(bySite.length).toBeGreaterThan(0);
    expect(bySite.every((r) => r.siteName === site)).toBe(true);
    await setTags(db, ids[3]!, ['Economy ', 'economy', 'Later']);
    await setTags(db, ids[4]!, ['later']);
    await setRead(db, ids[4]!, true);
    // Tags keep their case and match without it: "Later" (typed now) and "later" (as older versions stored it).
    expect((await listArticles(db, { tag: 'later' })).map((r) => r.id)).toEqual([ids[4], ids[3]]);
    expect((await listArticles(db, { tag: 'LATER' })).map((r) => r.id)).toEqual([ids[4], ids[3]]);
    expect((await db.articles.get(ids[3]!))!.tags).toEqual(['Economy', 'Later']);
    expect((await listArticles(db, { tag: 'later', read: 'unread' })).map((r) => r.id)).toEqual([ids[3]]);
    expect((await listArticles(db, { read: 'read' })).map((r) => r.id)).toEqual([ids[4]]);
    expect(await countArticles(db, { read: 'unread' })).toBe(29);
    expect((await listArticles(db, { text: 'item4', tag: 'later' })).map((r) => r.id)).toEqual([ids[4]]);
    expect(await facets(db)).toEqual({
      sites: [...new Set((await listArticles(db)).map((r) => r.siteName!))].sort(),
      tags: ['Economy', 'later'],
    });
  });

  it('clamps reading progress', async () => {
    await setProgress(db, ids[0]!, 1.7);
    expect((await db.articles.get(ids[0]!))!.progress).toBe(1);
  });
});

describe('delete with undo', () => {
  it('removes row, body, terms and images, and restores them exactly', async () => {
    const draft = makeFakeArticle(500);
    const { id } = await saveArticle(db, draft, { sanitize: same, images: new Map([[draft.images[0]!, pngBlob(32)]]) });
    await setTags(db, id, ['keep']);
    const before = await snapshot(db);
    const removed = await removeArticle(db, id);
    expect(await db.articles.get(id)).toBeUndefined();
    expect(await db.images.where('articleId').equals(id).count()).toBe(0);
    expect(await listArticles(db, { text: 'item500' })).toEqual([]);
    await restoreArticle(db, removed!);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a large result set', () => {
  it('pages many matches in savedAt order like the unfiltered list', async () => {
    for (let i = 30; i < 340; i++) await saveArticle(db, makeFakeArticle(i), { sanitize: same, now: 1000 + i });
    const everything = await listArticles(db, {}, { limit: 20, offset: 10 });
    // "story" is in every title: more matches than the small-set path takes.
    expect(await listArticles(db, { text: 'story' }, { limit: 20, offset: 10 })).toEqual(everything);
    const site = everything[0]!.siteName!;
    const bySite = await listArticles(db, { text: 'story', site });
    expect(bySite.map((r) => r.id)).toEqual(
      (await listArticles(db)).filter((r) => r.siteName === site).map((r) => r.id),
    );
  });

  it('reads matches by key or by one ordered pass, with the same pages either way', async () => {
    await setRead(db, ids[5]!, true);
    const unread = (await matchingIds(db, { read: 'unread' }))!;
    for (const page of [{}, { limit: 7 }, { limit: 7, offset: 20 }, { offset: 25 }]) {
      const byKey = await readMatchingRows(db, unread, page, Infinity);
      expect(await readMatchingRows(db, unread, page, 0), JSON.stringify(page)).toEqual(byKey);
    }
    expect((await readMatchingRows(db, unread, {}, 0)).map((r) => r.id)).toEqual(
      ids.filter((id) => id !== ids[5]).reverse(),
    );
  });
});
