import type { LibraryDb } from '../library/db/db';
import type { SyncStore } from '../storage/sync-settings';
import { backoffMs } from './errors';
import { releasePageLease, renewPageLease } from './page-lease';
import { configOf, runSync } from './run-sync';
import { waitForRemoteChange } from './watch';

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((done) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), done()), { once: true });
  });

/**
 * While a library page is open and sync is on: sync, then wait on a longpoll for the server's next change (or its
 * timeout, which also sends local edits), and again. A failure waits out the backoff first. Stops when sync is
 * switched off or `signal` aborts; does nothing at all while sync is off.
 */
export async function autoSync(db: LibraryDb, store: SyncStore, signal: AbortSignal): Promise<void> {
  try {
    await loop(db, store, signal);
  } finally {
    // Switched off or the page went: the alarm takes over at once rather than after the lease runs out.
    await releasePageLease(db).catch(() => undefined);
  }
}

async function loop(db: LibraryDb, store: SyncStore, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    const settings = await store.settings();
    if (!settings.enabled) return;
    // The background's alarm leaves the work to this page while it says it is here.
    await renewPageLease(db);
    const status = await runSync(db, store, { signal });
    if (signal.aborted) return;
    if (status.lastError) {
      await pause(backoffMs(status.failures), signal);
      continue;
    }
    await waitForRemoteChange(db, configOf(settings), { signal }).catch(() => pause(backoffMs(1), signal));
  }
}
