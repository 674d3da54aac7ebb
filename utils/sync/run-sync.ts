import type { LibraryDb } from '../library/db/db';
import type { SyncSettings, SyncStatus, SyncStore } from '../storage/sync-settings';
import { siteSyncStore } from '../storage/site-sync-store';
import type { CouchConfig } from './couch';
import { SyncError } from './errors';
import type { SyncProgress } from './pull';
import { syncOnce, type SyncReport } from './sync';

/** The server settings as the protocol client takes them (no user: no Authorization header). */
export function configOf(settings: SyncSettings): CouchConfig {
  return {
    url: settings.url.trim(),
    db: settings.db.trim(),
    user: settings.user.trim() || undefined,
    password: settings.password,
  };
}

// One sync at a time per page: "Sync now" while the automatic loop is syncing waits for it rather than racing it.
let queue: Promise<unknown> = Promise.resolve();

/** One sync with its outcome recorded in the status: counts and time, or the error in words and one more failure. */
export function runSync(db: LibraryDb, store: SyncStore, progress: SyncProgress = {}): Promise<SyncStatus> {
  const next = queue.then(() => syncAndRecord(db, store, progress));
  queue = next.catch(() => undefined);
  return next;
}

async function syncAndRecord(db: LibraryDb, store: SyncStore, progress: SyncProgress): Promise<SyncStatus> {
  const [settings, previous] = await Promise.all([store.settings(), store.status()]);
  let status: SyncStatus;
  try {
    const report: SyncReport = await syncOnce(db, configOf(settings), progress, siteSyncStore);
    status = { lastSync: Date.now(), pulled: report.pulled, pushed: report.pushed, lastError: '', failures: 0 };
  } catch (error) {
    const words = error instanceof SyncError ? error.message : String((error as Error)?.message ?? error);
    status = { ...previous, lastError: words, failures: previous.failures + 1 };
  }
  await store.saveStatus(status);
  return status;
}
