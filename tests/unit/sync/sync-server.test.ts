import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setProgress, setRead, setTags } from '../../../utils/library/write/update-article';
import { removeArticle } from '../../../utils/library/write/remove-article';
import { syncOnce } from '../../../utils/sync/sync';
import { waitForRemoteChange } from '../../../utils/sync/watch';
import { winner } from '../../../utils/sync/rev-tree';
import { snapshot } from '../library/helpers';
import { startCouch, startProxy, type CouchServer } from './couch-server';
import { dropLibraries, library, remoteDb, remoteDocs, save } from './sync-helpers';

// Two libraries syncing through a real CouchDB-compatible server (express-pouchdb in memory on 127.0.0.1).

let couch: CouchServer;
beforeAll(async () => void (couch = await startCouch()), 60_000);
afterAll(() => couch?.stop());
afterEach(dropLibraries);

describe('sync through a CouchDB server', () => {
  it('pushes one library and pulls it into another, images included, and a second sync moves nothing', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    const ids = [await save(a, 1, { image: true }), await save(a, 2), await save(a, 3, { image: true })];
    await setTags(a, ids[1]!, ['work', 'later']);
    await setRead(a, ids[2]!, true);
    await setProgress(a, ids[0]!, 0.4);

    expect(await syncOnce(a, remote)).toMatchObject({ pushed: 3, pulled: 0 });
    expect((await remoteDocs(remote)).map((r) => r.id).sort()).toEqual(
      [...ids.map((id) => `article:${id}`), 'sift:library'].sort(),
    );
    expect(await syncOnce(b, remote)).toMatchObject({ pulled: 3, pushed: 0 });
    expect(await snapshot(b)).toEqual(await snapshot(a));
    expect(await b.images.count()).toBe(2);

    // Nothing changed: nothing fetched, nothing written, on either side.
    expect(await syncOnce(a, remote)).toMatchObject({ pulled: 0, pushed: 0 });
    expect(await syncOnce(b, remote)).toMatchObject({ pulled: 0, pushed: 0 });
  });

  it('carries tags, read state and deletions (as tombstones) both ways', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    const id = await save(a, 7);
    await syncOnce(a, remote);
    await syncOnce(b, remote);

    await setTags(b, id, ['climate']);
    await setRead(b, id, true);
    await syncOnce(b, remote);
    await syncOnce(a, remote);
    expect(await a.articles.get(id)).toMatchObject({ tags: ['climate'], read: 1 });

    await removeArticle(a, id);
    await syncOnce(a, remote);
    const feed = (await (await fetch(`${remote.url}/${remote.db}/_changes`)).json()) as {
      results: { id: string; deleted?: boolean }[];
    };
    expect(feed.results.find((r) => r.id === `article:${id}`)).toMatchObject({ deleted: true });
    await syncOnce(b, remote);
    expect(await b.articles.get(id)).toBeUndefined();
    expect(await b.bodies.count()).toBe(0);
  });

  it('resolves concurrent edits the same way on both sides, merging tags and keeping the losing revision', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    const id = await save(a, 11);
    await setTags(a, id, ['old', 'keep']);
    await syncOnce(a, remote);
    await syncOnce(b, remote);

    // Offline from each other: A drops "old" and adds "x"; B adds "y" and marks it read.
    await setTags(a, id, ['keep', 'x']);
    await setTags(b, id, ['old', 'keep', 'y']);
    await setRead(b, id, true);
    await syncOnce(a, remote);
    const report = await syncOnce(b, remote);
    expect(report.merged).toBe(1);
    await syncOnce(a, remote);
    await syncOnce(b, remote);

    const [rowA, rowB] = [await a.articles.get(id), await b.articles.get(id)];
    expect(new Set(rowA!.tags)).toEqual(new Set(['keep', 'x', 'y']));
    expect(rowB).toEqual(rowA);
    expect(rowA!.read).toBe(1);
    const [treeA, treeB] = [await a.syncDocs.get(`article:${id}`), await b.syncDocs.get(`article:${id}`)];
    expect(winner(treeA!.nodes)?.rev).toBe(winner(treeB!.nodes)?.rev);
    const onServer = await (await fetch(`${remote.url}/${remote.db}/article:${id}?conflicts=true`)).json();
    expect(onServer._rev).toBe(winner(treeA!.nodes)?.rev);
    expect(onServer._conflicts).toBeUndefined();
    // The losing edit is kept where the merge was made.
    expect(treeB!.losers?.length).toBe(1);
    expect((treeB!.losers![0]!.body as { tags: string[] }).tags.length).toBeGreaterThan(0);
  });

  it('keeps an article edited on one side and deleted on the other', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    const id = await save(a, 12);
    await syncOnce(a, remote);
    await syncOnce(b, remote);
    await removeArticle(a, id);
    await setTags(b, id, ['important']);
    await syncOnce(a, remote);
    await syncOnce(b, remote);
    await syncOnce(a, remote);
    expect(await a.articles.get(id)).toMatchObject({ tags: ['important'] });
    expect(await b.articles.get(id)).toMatchObject({ tags: ['important'] });
    expect(await snapshot(a)).toEqual(await snapshot(b));
  });

  it('keeps one article when both browsers saved the same page before syncing, with the tags of both', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    const [idA, idB] = [await save(a, 31), await save(b, 31)];
    expect(idA).not.toBe(idB);
    await setTags(a, idA, ['from-a']);
    await setTags(b, idB, ['from-b']);
    await syncOnce(a, remote);
    await syncOnce(b, remote);
    await syncOnce(a, remote);
    await syncOnce(b, remote);
    const keep = idA < idB ? idA : idB;
    for (const db of [a, b]) {
      expect(await db.articles.toArray()).toHaveLength(1);
      expect(await db.articles.get(keep)).toMatchObject({ tags: expect.arrayContaining(['from-a', 'from-b']) });
    }
    expect(await snapshot(a)).toEqual(await snapshot(b));
    const live = (await remoteDocs(remote)).filter((r) => r.id.startsWith('article:') && !r.value.deleted);
    expect(live.map((r) => r.id)).toEqual([`article:${keep}`]);
  });

  it('resumes a pull cut off mid-way from its checkpoint, with nothing fetched twice', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    for (let i = 0; i < 230; i++) await save(a, 100 + i);
    await syncOnce(a, remote);

    const proxy = await startProxy(couch.url);
    try {
      let bulkGets = 0;
      proxy.fault = (req) => (req.url.includes('_bulk_get') && ++bulkGets === 2 ? { kind: 'drop' } : undefined);
      await expect(syncOnce(b, { ...remote, url: proxy.url })).rejects.toMatchObject({ kind: 'network' });
      // The first batch of 100 changes (the marker document and 99 articles), written and checkpointed.
      expect(await b.articles.count()).toBe(99);

      proxy.requests.length = 0;
      proxy.fault = () => undefined;
      expect(await syncOnce(b, { ...remote, url: proxy.url })).toMatchObject({ pulled: 131 });
      const firstChanges = proxy.requests.find((r) => r.url.includes('_changes'))!;
      expect(new URL(firstChanges.url, proxy.url).searchParams.get('since')).not.toBe('0');
      expect(await b.articles.count()).toBe(230);
      expect(await snapshot(b)).toEqual(await snapshot(a));
    } finally {
      await proxy.stop();
    }
  });

  it('resumes a push cut off mid-way from its checkpoint, sending only what the server lacks', async () => {
    const remote = await remoteDb(couch.url);
    const a = await library();
    for (let i = 0; i < 120; i++) await save(a, 400 + i);
    const proxy = await startProxy(couch.url);
    try {
      let bulkDocs = 0;
      proxy.fault = (req) => (req.url.includes('_bulk_docs') && ++bulkDocs === 2 ? { kind: 'drop' } : undefined);
      await expect(syncOnce(a, { ...remote, url: proxy.url })).rejects.toMatchObject({ kind: 'network' });
      expect((await remoteDocs(remote)).filter((r) => r.id.startsWith('article:'))).toHaveLength(50);
      proxy.fault = () => undefined;
      expect(await syncOnce(a, { ...remote, url: proxy.url })).toMatchObject({ pushed: 70 });
      expect((await remoteDocs(remote)).filter((r) => r.id.startsWith('article:'))).toHaveLength(120);
      const b = await library();
      await syncOnce(b, remote);
      expect(await snapshot(b)).toEqual(await snapshot(a));
    } finally {
      await proxy.stop();
    }
  });

  it('wakes a waiting library (longpoll) when another one saves', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    await syncOnce(a, remote);
    await syncOnce(b, remote);
    expect(await waitForRemoteChange(b, remote, { timeoutMs: 200 })).toBe(false);
    const waiting = waitForRemoteChange(b, remote, { timeoutMs: 30_000 });
    const id = await save(a, 50);
    await syncOnce(a, remote);
    expect(await waiting).toBe(true);
    await syncOnce(b, remote);
    expect(await b.articles.get(id)).toBeDefined();
  });

  it('falls back to GET ?open_revs where the server has no _bulk_get', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    await save(a, 21, { image: true });
    await save(a, 22);
    await syncOnce(a, remote);
    const proxy = await startProxy(couch.url);
    try {
      proxy.fault = (req) => (req.url.includes('_bulk_get') ? { kind: 'status', status: 404 } : undefined);
      expect(await syncOnce(b, { ...remote, url: proxy.url })).toMatchObject({ pulled: 2 });
      expect(proxy.requests.filter((r) => r.url.includes('open_revs'))).toHaveLength(2);
      expect(await snapshot(b)).toEqual(await snapshot(a));
    } finally {
      await proxy.stop();
    }
  });
});
