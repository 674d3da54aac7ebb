// Sync while no library page is open: a periodic alarm, present only while sync is on (switching it off clears
// the alarm, so the background then does no sync work at all). An open library page syncs itself with a longpoll
// and holds a lease the alarm respects.
import { browser } from 'wxt/browser';
import { openLibrary, type LibraryDb } from '../library/db/db';
import { syncStore, watchSyncSettings, type SyncStore } from '../storage/sync-settings';
import { pageIsSyncing } from '../sync/page-lease';
import { runSync } from '../sync/run-sync';

export const SYNC_ALARM = 'sift-sync';
/** Often enough that a library opened later starts nearly up to date; rarely enough to cost nothing noticeable. */
export const SYNC_PERIOD_MINUTES = 15;

/** Creates the alarm when sync is on and it is missing (Firefox forgets alarms on restart), clears it when off. */
export async function scheduleSync(enabled: boolean): Promise<void> {
  if (!enabled) {
    await browser.alarms.clear(SYNC_ALARM);
    return;
  }
  if (await browser.alarms.get(SYNC_ALARM)) return;
  await browser.alarms.create(SYNC_ALARM, { delayInMinutes: 1, periodInMinutes: SYNC_PERIOD_MINUTES });
}

/** One background sync when the alarm fires: not while sync is off, nor while a library page is syncing. */
export async function onSyncAlarm(open: () => Promise<LibraryDb>, store: SyncStore = syncStore): Promise<void> {
  const settings = await store.settings();
  if (!settings.enabled) return scheduleSync(false);
  const db = await open();
  if (await pageIsSyncing(db)) return;
  await runSync(db, store);
}

/** The library, opened on the first background sync (never at start) and kept; a failed open is tried again. */
function lazyLibrary(): () => Promise<LibraryDb> {
  let db: Promise<LibraryDb> | null = null;
  return () => (db ??= openLibrary().catch((error: unknown) => ((db = null), Promise.reject(error))));
}

export function registerSyncAlarm(open = lazyLibrary(), store: SyncStore = syncStore): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void onSyncAlarm(open, store).catch(() => undefined);
  });
  watchSyncSettings((settings) => void scheduleSync(settings.enabled).catch(() => undefined));
  // At start: one read of the settings, then nothing more while sync is off.
  void store
    .settings()
    .then((settings) => scheduleSync(settings.enabled))
    .catch(() => undefined);
}
