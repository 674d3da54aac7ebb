import type { LibraryDb } from '../library/db/db';
import { replicationId } from './checkpoint';
import { CouchClient, type CouchConfig } from './couch';
import { libraryUuid } from './store';

// While a library page is open: a longpoll _changes from where the last pull got to, so a save in another browser
// is seen within seconds without polling. Resolves true when the server has something new, false on timeout.

export async function waitForRemoteChange(
  db: LibraryDb,
  config: CouchConfig,
  opts: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<boolean> {
  const client = new CouchClient(config);
  const pullId = await replicationId(await libraryUuid(db), config.url, config.db, 'pull');
  const checkpoint = await db.syncState.get(`_local/${pullId}`);
  const since = (checkpoint?.source_last_seq as string | number | undefined) ?? 0;
  const timeout = opts.timeoutMs ?? 25_000;
  // Some servers (PouchDB's express-pouchdb) keep a quiet longpoll open past `timeout`: our own timer ends it too.
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(), timeout + 1_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timer.signal]) : timer.signal;
  try {
    const page = await client.changes({ since, feed: 'longpoll', timeout, limit: 1 }, signal);
    return Array.isArray(page?.results) && page.results.length > 0;
  } catch (error) {
    if (timer.signal.aborted && !opts.signal?.aborted) return false;
    throw error;
  } finally {
    clearTimeout(handle);
  }
}
