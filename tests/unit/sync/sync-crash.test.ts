import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SyncError } from '../../../utils/sync/errors';
import { syncOnce } from '../../../utils/sync/sync';
import { snapshot } from '../library/helpers';
import { startCouch, type CouchServer } from './couch-server';
import { dropLibraries, library, remoteDb, save } from './sync-helpers';

// The server crashes in the middle of a first sync (its listener closes and every open connection drops, its data
// lives on as a restarted CouchDB's would on disk), then comes back: the next sync resumes and both sides end with
// the same articles, each once, with no conflict revisions.

let couch: CouchServer;
beforeAll(async () => void (couch = await startCouch()), 60_000);
afterAll(() => couch?.stop());
afterEach(dropLibraries);

const COUNT = 260; // more than two pages each way (pull pages 100 documents, push batches 50)

interface AllDocs {
  rows: { id: string; doc: { _conflicts?: string[] } }[];
}

describe('a server that crashes during a first sync', () => {
  it('resumes after it comes back, and the counts end equal with nothing twice', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    for (let i = 0; i < COUNT; i++) await save(a, i, { image: i % 10 === 0 });

    // Push: down after the first batch is written.
    let cut = false;
    const onProgress = (_: string, done: number) => {
      if (done > 0 && !cut) {
        cut = true;
        void couch.down();
      }
    };
    await expect(syncOnce(a, remote, { onProgress })).rejects.toBeInstanceOf(SyncError);
    await couch.up();
    const partial = (await (await fetch(`${remote.url}/${remote.db}`)).json()) as { doc_count: number };
    expect(partial.doc_count).toBeLessThan(COUNT + 1);
    await syncOnce(a, remote);

    // Pull into B: down after the first page is written.
    cut = false;
    await expect(syncOnce(b, remote, { onProgress })).rejects.toBeInstanceOf(SyncError);
    expect(await b.articles.count()).toBeGreaterThan(0);
    expect(await b.articles.count()).toBeLessThan(COUNT);
    await couch.up();
    await syncOnce(b, remote);
    await syncOnce(a, remote);

    const all = (await (
      await fetch(`${remote.url}/${remote.db}/_all_docs?include_docs=true&conflicts=true`)
    ).json()) as AllDocs;
    const articles = all.rows.filter((r) => r.id.startsWith('article:'));
    expect(articles).toHaveLength(COUNT);
    expect(new Set(articles.map((r) => r.id)).size).toBe(COUNT);
    expect(articles.filter((r) => r.doc._conflicts?.length)).toEqual([]);
    expect(await a.articles.count()).toBe(COUNT);
    expect(await b.articles.count()).toBe(COUNT);
    expect(await b.images.count()).toBe(await a.images.count());
    expect(await snapshot(b)).toEqual(await snapshot(a));
    // And a further round moves nothing either way.
    expect(await syncOnce(b, remote)).toMatchObject({ pulled: 0, pushed: 0 });
  });
});
