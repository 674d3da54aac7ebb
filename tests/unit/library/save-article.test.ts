import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibrary, type LibraryDb } from '../../../utils/library/db/db';
import { getArticle } from '../../../utils/library/read/get-article';
import { saveArticle } from '../../../utils/library/write/save-article';
import { saveArticles } from '../../../utils/library/write/save-articles';
import { makeFakeArticle } from './fake-articles';
import { dropLibrary, freshLibrary, pngBlob, same } from './helpers';

let db: LibraryDb;
beforeEach(async () => (db = await freshLibrary()));
afterEach(async () => dropLibrary(db));

describe('saveArticle', () => {
  it('upserts by canonical URL, keeping id, savedAt and reader state, moving updatedAt', async () => {
    const draft = makeFakeArticle(1);
    const first = await saveArticle(db, draft, { sanitize: same, now: 1000 });
    expect(first.updated).toBe(false);
    await db.articles.update(first.id, { tags: ['kept'], read: 1 });
    const again = await saveArticle(
      db,
      { ...draft, url: draft.url + '?utm=x', title: 'New title' },
      { sanitize: same, now: 5000 },
    );
    expect(again).toEqual({ id: first.id, updated: true });
    const rows = await db.articles.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'New title', savedAt: 1000, updatedAt: 5000, tags: ['kept'], read: 1 });
  });

  it('gives one record when the same page is saved from two tabs at once', async () => {
    const draft = makeFakeArticle(2);
    const results = await Promise.all(
      [1, 2, 3].map((k) => saveArticle(db, { ...draft, title: `tab ${k}` }, { sanitize: same })),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.articles.count()).toBe(1);
    expect(await db.bodies.count()).toBe(1);
    expect(results.filter((r) => !r.updated)).toHaveLength(1);
  });

  it('gives one record when two tabs (two connections) save the same page at once', async () => {
    const other = await openLibrary(db.name);
    const draft = makeFakeArticle(5);
    const results = await Promise.all([
      saveArticle(db, draft, { sanitize: same }),
      saveArticle(other, draft, { sanitize: same }),
    ]);
    other.close();
    expect(results[0]!.id).toBe(results[1]!.id);
    expect(await db.articles.where('canonicalUrl').equals(draft.canonicalUrl).count()).toBe(1);
  });

  it('saves many drafts in one transaction, upserting each', async () => {
    const drafts = [1, 2, 3, 2].map((i) => makeFakeArticle(100 + i));
    const outcomes = await saveArticles(db, drafts, { sanitize: same });
    expect(outcomes.map((o) => o.updated)).toEqual([false, false, false, true]);
    expect(await db.articles.count()).toBe(3);
  });

  it('stores the shown images as Blobs, drops unshown, non-image and oversized ones', async () => {
    const draft = makeFakeArticle(3);
    const shown = draft.images[0]!;
    const images = new Map([
      [shown, pngBlob(100)],
      ['https://elsewhere.example/tracker.gif', pngBlob(10)],
    ]);
    const { id } = await saveArticle(db, draft, { sanitize: same, images });
    const article = await getArticle(db, id);
    expect([...article!.images.keys()]).toEqual([shown]);
    expect(article!.images.get(shown)!.size).toBe(100);
    const html = new Map([[shown, new Blob(['<script>'], { type: 'text/html' })]]);
    const second = await saveArticle(db, { ...draft, images: [shown] }, { sanitize: same, images: html });
    expect((await getArticle(db, second.id))!.images.get(shown)!.type).toBe('image/png');
  });

  it('runs the sanitiser on the way in and refuses drafts without an http(s) url', async () => {
    const draft = { ...makeFakeArticle(4), html: '<p>ok</p><script>x()</script>' };
    const { id } = await saveArticle(db, draft, { sanitize: (h) => h.replace(/<script>.*?<\/script>/g, '') });
    expect((await getArticle(db, id))!.body.html).toBe('<p>ok</p>');
    await expect(
      saveArticle(db, { ...draft, url: 'javascript:alert(1)', canonicalUrl: '' }, { sanitize: same }),
    ).rejects.toThrow(/url/);
  });

  it('gives a new article a short id (16 hex characters), and draws again when it is taken', async () => {
    const first = await saveArticle(db, makeFakeArticle(5), { sanitize: same });
    expect(first.id).toMatch(/^[0-9a-f]{16}$/);
    // The next draw repeats the saved id once: the save must not overwrite that article.
    const taken = Uint8Array.from(first.id.match(/../g)!, (h) => parseInt(h, 16));
    const draw = vi.spyOn(crypto, 'getRandomValues').mockImplementationOnce((array) => {
      (array as Uint8Array).set(taken);
      return array;
    });
    try {
      const second = await saveArticle(db, makeFakeArticle(6), { sanitize: same });
      expect(draw).toHaveBeenCalledTimes(2);
      expect(second.id).toMatch(/^[0-9a-f]{16}$/);
      expect(second.id).not.toBe(first.id);
      expect((await db.articles.get(first.id))!.canonicalUrl).toBe(makeFakeArticle(5).canonicalUrl);
      expect(await db.articles.count()).toBe(2);
    } finally {
      draw.mockRestore();
    }
  });
});
