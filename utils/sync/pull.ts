import type { LibraryDb } from '../library/db/db';
import { ARTICLE_PREFIX, checkArticleDoc } from './article-doc';
import { HIGHLIGHT_PREFIX, checkHighlightDoc } from './highlight-doc';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import type { CouchClient } from './couch';
import { SyncError } from './errors';
import { applyRemote } from './resolve';
import { findRev } from './rev-tree';
import { SITE_PREFIX, checkSiteDoc, type SiteStore } from './site-doc';
import { applySites } from './site-sync';

const BATCH = 100;

export interface SyncProgress {
  signal?: AbortSignal;
  onProgress?: (direction: 'push' | 'pull', done: number, total: number | null) => void;
}

/** The id of the document that marks a database as a Sift library. */
export const MARKER_ID = 'sift:library';

/** Ids a Sift database may hold; anything else means it is someone else's database. */
export const isSiftId = (id: string) =>
  id.startsWith(ARTICLE_PREFIX) ||
  id.startsWith(HIGHLIGHT_PREFIX) ||
  id.startsWith(SITE_PREFIX) ||
  id === MARKER_ID ||
  id.startsWith('_design/');

/**
 * Server → local: _changes from the agreed checkpoint (style=all_docs: every leaf), the revisions not in the
 * local trees fetched with their histories and attachments, a whole batch checked before any of it is written,
 * then written in one transaction and checkpointed. A failure mid-way resumes from the last checkpoint; revisions
 * already here are not fetched again, so nothing is duplicated.
 */
export async function pull(
  db: LibraryDb,
  client: CouchClient,
  repId: string,
  progress: SyncProgress = {},
  sites?: SiteStore,
) {
  const checkpoint = await readCheckpoint(db, client, repId);
  let docs = 0;
  let merged = 0;
  // The next page is fetched while this one is written: the server's time and ours overlap.
  let next = fetchPage(db, client, checkpoint.since, progress.signal);
  for (;;) {
    if (progress.signal?.aborted) throw new SyncError('cancelled');
    const { page, fetched } = await next;
    const more = page.results.length >= BATCH;
    if (more) {
      next = fetchPage(db, client, page.last_seq, progress.signal);
      next.catch(() => undefined); // awaited on the next turn; a failure here must not go unhandled meanwhile
    }
    // Site documents go to the profile's storage (without a store, e.g. the bench, they are not asked for).
    const siteDocs = fetched.filter((d) => d._id.startsWith(SITE_PREFIX));
    const libraryDocs = fetched.filter((d) => !d._id.startsWith(SITE_PREFIX));
    if (libraryDocs.length) merged += (await applyRemote(db, libraryDocs)).merged;
    if (siteDocs.length && sites) merged += (await applySites(db, sites, siteDocs)).merged;
    docs += fetched.length;
    if (String(page.last_seq) !== String(checkpoint.since))
      await writeCheckpoint(db, client, checkpoint, page.last_seq);
    progress.onProgress?.('pull', docs, null);
    if (!more) break;
  }
  return { docs, merged };
}

/** One page of _changes and the revisions of it not in the local trees, every document checked. */
async function fetchPage(db: LibraryDb, client: CouchClient, since: string | number, signal?: AbortSignal) {
  const page = await client.changes({ since, limit: BATCH }, signal);
  if (!Array.isArray(page?.results) || page.last_seq === undefined) throw new SyncError('json', '_changes');
  const results = page.results.filter((r) => r.id !== MARKER_ID && !r.id.startsWith('_design/'));
  const foreign = page.results.find((r) => !isSiftId(r.id));
  if (foreign) throw new SyncError('foreign', foreign.id);
  const records = await db.syncDocs.bulkGet(results.map((r) => r.id));
  const wanted = results.flatMap((r, k) =>
    r.changes.filter((c) => !findRev(records[k]?.nodes ?? [], c.rev)).map((c) => ({ id: r.id, rev: c.rev })),
  );
  const fetched = wanted.length ? await client.getRevs(wanted, signal) : [];
  for (const doc of fetched) {
    const check = doc._id.startsWith(HIGHLIGHT_PREFIX)
      ? checkHighlightDoc
      : doc._id.startsWith(SITE_PREFIX)
        ? checkSiteDoc
        : checkArticleDoc;
    const problem = doc._deleted ? null : check(doc._id, doc);
    if (problem) throw new SyncError('foreign', problem);
  }
  return { page, fetched };
}
