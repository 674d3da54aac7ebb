import type { LibraryDb } from '../library/db/db';
import type { CouchClient, Doc } from './couch';
import { canonicalJson } from './rev-id';

// Replication checkpoints as CouchDB writes them: a `_local/<replication id>` document on both sides, with a
// session id and a short history, so a replication resumes where both sides agree it got to and never trusts
// one side alone (a server restored from backup has an older checkpoint than ours: we go back to its seq).

export type Direction = 'push' | 'pull';

interface CheckpointBody {
  session_id: string;
  source_last_seq: string | number;
  history: { session_id: string; recorded_seq: string | number }[];
  replication_id_version: number;
}

export interface CheckpointState {
  id: string;
  since: string | number;
  /** The remote document's _rev, needed to overwrite it. */
  remoteRev?: string;
  sessionId: string;
}

/** Stable per library, server, database and direction; never includes credentials. */
export async function replicationId(uuid: string, url: string, db: string, direction: Direction): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson([uuid, url.replace(/\/+$/, ''), db, direction, 'sift-1']));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The seq both checkpoints agree on: the same session, or the newest session both histories hold; else 0. */
export function agreedSince(local: CheckpointBody | null, remote: CheckpointBody | null): string | number {
  if (!local || !remote) return 0;
  if (local.session_id === remote.session_id) return local.source_last_seq;
  const remoteSessions = new Map(remote.history.map((h) => [h.session_id, h.recorded_seq]));
  for (const h of local.history) {
    if (remoteSessions.has(h.session_id)) return h.recorded_seq;
  }
  return 0;
}

export async function readCheckpoint(db: LibraryDb, client: CouchClient, repId: string): Promise<CheckpointState> {
  const id = `_local/${repId}`;
  const [local, remote] = await Promise.all([
    db.syncState.get(id) as Promise<(CheckpointBody & { id: string }) | undefined>,
    client.getDoc(id) as Promise<(Doc & CheckpointBody) | null>,
  ]);
  return {
    id,
    since: agreedSince(local ?? null, remote),
    remoteRev: remote?._rev,
    sessionId: crypto.randomUUID(),
  };
}

/** Records `seq` on the server first, then here: a crash between the two leaves the sides disagreeing, which
 * only costs re-reading from the older agreed seq (idempotent), never skipping. */
export async function writeCheckpoint(
  db: LibraryDb,
  client: CouchClient,
  state: CheckpointState,
  seq: string | number,
): Promise<void> {
  const previous = (await db.syncState.get(state.id)) as (CheckpointBody & { id: string }) | undefined;
  const history = [
    { session_id: state.sessionId, recorded_seq: seq },
    ...(previous?.history ?? []).filter((h) => h.session_id !== state.sessionId),
  ].slice(0, 50);
  const body: CheckpointBody = {
    session_id: state.sessionId,
    source_last_seq: seq,
    history,
    replication_id_version: 3,
  };
  const saved = await client.putDoc({ _id: state.id, ...(state.remoteRev ? { _rev: state.remoteRev } : {}), ...body });
  state.remoteRev = saved.rev;
  await db.syncState.put({ id: state.id, ...body });
  state.since = seq;
}
