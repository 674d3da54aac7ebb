import type { Dexie } from 'dexie';
import { expect } from 'vitest';
import type { LibraryDb } from '../../../utils/library/db/db';

// Version 1 as released: rows/bodies/terms/images split, read as 0|1. Literal records, frozen: never edit them.
const V1_ROW = {
  id: 'v1-a',
  url: 'https://harbour.example/story?id=1',
  canonicalUrl: 'https://harbour.example/story',
  title: 'Harbour dredging costs rise 43%',
  byline: 'A. Writer',
  siteName: 'Harbour News',
  published: '2025-03-01T08:00:00.000Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: 'The port says dredging will cost $3.2bn.',
  words: 12,
  readingMinutes: 1,
  tags: ['ports'],
  read: 1,
  progress: 0.25,
  savedAt: 1_740_000_000_000,
  updatedAt: 1_740_000_500_000,
};
const V1_BODY = {
  id: 'v1-a',
  html: '<p>The port says dredging will cost $3.2bn, up 43%.</p><img src="https://harbour.example/a.png">',
  text: 'The port says dredging will cost $3.2bn, up 43%.',
  figures: [{ kind: 'percent', value: 43, unit: 'percent', text: '43%', start: 44, end: 47, sentence: 'x', score: 1 }],
  images: ['https://harbour.example/a.png'],
};
const V1_TERMS = { id: 'v1-a', terms: ['harbour', 'dredging', 'costs', 'rise', '43%', '43', '$3.2bn', '3.2bn', '3.2'] };
const V1_IMAGE_BYTES = [137, 80, 78, 71, 1, 2, 3];

export const fixtureV1 = {
  async write(db: Dexie): Promise<void> {
    await db.table('articles').put(V1_ROW);
    await db.table('bodies').put(V1_BODY);
    await db.table('terms').put(V1_TERMS);
    await db.table('images').put({
      articleId: 'v1-a',
      url: V1_BODY.images[0],
      blob: new Blob([new Uint8Array(V1_IMAGE_BYTES)], { type: 'image/png' }),
    });
  },
  async check(db: LibraryDb): Promise<void> {
    expect(await db.articles.get('v1-a')).toEqual(V1_ROW);
    expect(await db.bodies.get('v1-a')).toEqual(V1_BODY);
    // Version 2 makes every article's terms again (reindex-terms.ts): the old ones are all still there.
    expect((await db.terms.get('v1-a'))?.terms).toEqual(expect.arrayContaining(V1_TERMS.terms));
    const image = await db.images.get(['v1-a', V1_BODY.images[0]!]);
    expect(image?.blob.type).toBe('image/png');
    expect([...new Uint8Array(await image!.blob.arrayBuffer())]).toEqual(V1_IMAGE_BYTES);
  },
};

// Version 2 as released: version 1's stores plus thumbs (a small image per article, or null when it has none).
const V2_THUMB_BYTES = [255, 216, 255, 1, 2];

export const fixtureV2 = {
  async write(db: Dexie): Promise<void> {
    await fixtureV1.write(db);
    await db
      .table('thumbs')
      .put({ id: 'v1-a', blob: new Blob([new Uint8Array(V2_THUMB_BYTES)], { type: 'image/jpeg' }) });
  },
  async check(db: LibraryDb): Promise<void> {
    await fixtureV1.check(db);
    const thumb = await db.thumbs.get('v1-a');
    expect([...new Uint8Array(await thumb!.blob!.arrayBuffer())]).toEqual(V2_THUMB_BYTES);
  },
};
