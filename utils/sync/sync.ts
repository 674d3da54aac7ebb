import type { LibraryDb } from '../library/db/db';
import { SCHEMA_VERSION } from '../library/db/schema';
import { SIFT_FORMAT } from '../library/transfer/sift-json';
import { replicationId } from './checkpoint';
import { CouchClient, type CouchConfig } from './couch';
import { SyncError } from './errors';
import { recordLocalChanges } from './local-changes';
import { MARKER_ID, pull, type SyncProgress } from './pull';
import { push } from './push';
import type { SiteStore } from './site-doc';
import { recordSiteChanges } from './site-sync';
import { libraryUuid } from './store';

export interface SyncReport {
  pulled: number;
  pushed: number;
  merged: number;
  requests: number;
  bytesIn: number;
  bytesOut: number;
}

/**
 * Whether the database is one Sift can sync with: reachable, readable with these credentials, and either empty
 * or marked as a Sift library. Answers before anything is written; `claim` then marks an empty one as Sift's.
 */
export async function checkDatabase(client: CouchClient, claim: boolean, signal?: AbortSignal): Promise<void> {
  const info = await client.dbInfo(signal);
  if (typeof info?.doc_count !== 'number') throw new SyncError('json', 'database info');
  const marker = await client.getDoc(MARKER_ID, signal);
  if (marker && marker.format !== SIFT_FORMAT) throw new SyncError('foreign', MARKER_ID);
  if (!marker && info.doc_count > 0) throw new SyncError('foreign', `${info.doc_count} documents, no ${MARKER_ID}`);
  if (!marker && claim) await claimDatabase(client, signal);
}

/** Marks an empty database as Sift's. Two browsers switched on together both claim it: the second's 409 is fine
 * when the marker now there is Sift's (it failed the first sync, and its backoff delayed everything after). */
async function claimDatabase(client: CouchClient, signal?: AbortSignal): Promise<void> {
  try {
    await client.putDoc({ _id: MARKER_ID, format: SIFT_FORMAT, schemaVersion: SCHEMA_VERSION }, signal);
  } catch (error) {
    if (!(error instanceof SyncError) || error.status !== 409) throw error;
    const marker = await client.getDoc(MARKER_ID, signal);
    if (marker?.format !== SIFT_FORMAT) throw new SyncError('foreign', MARKER_ID);
  }
}

/** "Test connection": the database answers and is Sift's (or empty); writes nothing. */
export async function testConnection(config: CouchConfig, signal?: AbortSignal): Promise<void> {
  await checkDatabase(new CouchClient(config), false, signal);
}

/**
 * One sync both ways: local edits become revisions, the server's changes come in (conflicts merged), edits made
 * by the merge are recorded, then everything the server lacks goes out. Each direction checkpoints per batch.
 */
export async function syncOnce(
  db: LibraryDb,
  config: CouchConfig,
  progress: SyncProgress = {},
  /** The profile's per-site switches and rules; without it (the bench) sites are left out of the sync. */
  sites?: SiteStore,
): Promise<SyncReport> {
  const client = new CouchClient(config);
  await checkDatabase(client, true, progress.signal);
  const uuid = await libraryUuid(db);
  const [pullId, pushId] = await Promise.all([
    replicationId(uuid, config.url, config.db, 'pull'),
    replicationId(uuid, config.url, config.db, 'push'),
  ]);
  await recordLocalChanges(db);
  if (sites) await recordSiteChanges(db, sites);
  const pulled = await pull(db, client, pullId, progress, sites);
  // Duplicates resolved by the pull change rows locally: record them so this push sends them.
  await recordLocalChanges(db);
  const pushed = await push(db, client, pushId, progress);
  return { pulled: pulled.docs, pushed, merged: pulled.merged, ...client.stats };
}
