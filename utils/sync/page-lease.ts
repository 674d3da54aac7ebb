import type { LibraryDb } from '../library/db/db';

// One syncer at a time across contexts: an open library page syncs itself (longpoll) and says so here on every
// turn of its loop; the background's periodic alarm leaves the work to it while the word is fresh. Two syncers
// at once would race on the checkpoint documents (a stale _rev is a 409).

const LEASE_ID = 'page-sync';
/** Longer than one turn of the page's loop (a sync, then a longpoll of about 26 s). */
export const LEASE_MS = 90_000;

export async function renewPageLease(db: LibraryDb, now = Date.now()): Promise<void> {
  await db.syncState.put({ id: LEASE_ID, at: now });
}

export async function releasePageLease(db: LibraryDb): Promise<void> {
  await db.syncState.delete(LEASE_ID);
}

/** Whether an open library page is syncing (it renewed its lease within LEASE_MS). */
export async function pageIsSyncing(db: LibraryDb, now = Date.now()): Promise<boolean> {
  const lease = await db.syncState.get(LEASE_ID);
  return typeof lease?.at === 'number' && now - lease.at < LEASE_MS;
}

/**
 * Renews the lease every `every` ms until `signal` aborts: the page's loop may wait far longer than LEASE_MS (a
 * backoff after failures grows to an hour), and the alarm must not take the work over meanwhile.
 */
export function holdPageLease(db: LibraryDb, signal: AbortSignal, every = LEASE_MS / 3): void {
  const timer = setInterval(() => void renewPageLease(db).catch(() => undefined), every);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
