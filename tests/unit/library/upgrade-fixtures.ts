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

// Version 2 as released: version 1's tables plus sync's revision trees and replication records.
const V2_SYNC_DOC = {
  id: 'article:v1-a',
  nodes: [{ rev: '1-abc', parent: null, deleted: false, tags: ['ports'], read: true, readAt: 5, progress: 0.25 }],
  seq: 1,
  print: 'x',
};
const V2_SYNC_STATE = { id: '_local/r1', session_id: 's1', source_last_seq: '3', history: [] };

export const fixtureV2 = {
  async write(db: Dexie): Promise<void> {
    await fixtureV1.write(db);
    await db.table('syncDocs').put(V2_SYNC_DOC);
    await db.table('syncState').put(V2_SYNC_STATE);
  },
  async check(db: LibraryDb): Promise<void> {
    await fixtureV1.check(db);
    expect(await db.syncDocs.get('article:v1-a')).toEqual(V2_SYNC_DOC);
    expect(await db.syncState.get('_local/r1')).toEqual(V2_SYNC_STATE);
  },
};

// Version 3 as released: version 2's tables plus highlights keyed to their article. Frozen like V1.
const V3_HIGHLIGHT = {
  id: 'h00000000000000a1',
  articleId: 'v1-a',
  quote: { type: 'TextQuoteSelector', exact: 'dredging will cost', prefix: 'The port says ', suffix: ' $3.2bn' },
  position: { type: 'TextPositionSelector', start: 14, end: 32 },
  color: 'yellow',
  note: 'Check the 2019 estimate.',
  createdAt: 1_740_000_600_000,
  updatedAt: 1_740_000_600_000,
};

export const fixtureV3 = {
  async write(db: Dexie): Promise<void> {
    await fixtureV2.write(db);
    await db.table('highlights').put(V3_HIGHLIGHT);
  },
  async check(db: LibraryDb): Promise<void> {
    await fixtureV2.check(db);
    expect(await db.highlights.get(V3_HIGHLIGHT.id)).toEqual(V3_HIGHLIGHT);
  },
};

// Version 4 as released: version 3's stores plus thumbs (a small image per article, or null when it has none).
const V4_THUMB_BYTES = [255, 216, 255, 1, 2];

export const fixtureV4 = {
  async write(db: Dexie): Promise<void> {
    await fixtureV3.write(db);
    await db
      .table('thumbs')
      .put({ id: 'v1-a', blob: new Blob([new Uint8Array(V4_THUMB_BYTES)], { type: 'image/jpeg' }) });
  },
  async check(db: LibraryDb): Promise<void> {
    await fixtureV3.check(db);
    const thumb = await db.thumbs.get('v1-a');
    expect([...new Uint8Array(await thumb!.blob!.arrayBuffer())]).toEqual(V4_THUMB_BYTES);
  },
};

// Version 5 as released: version 4's stores plus syncDirty (article ids changed since sync last looked).
export const fixtureV5 = {
  async write(db: Dexie): Promise<void> {
    await fixtureV4.write(db);
    await db.table('syncDirty').put({ id: 'v1-a', mark: 'm1' });
  },
  async check(db: LibraryDb): Promise<void> {
    await fixtureV4.check(db);
    expect(await db.syncDirty.get('v1-a')).toEqual({ id: 'v1-a', mark: 'm1' });
  },
};
