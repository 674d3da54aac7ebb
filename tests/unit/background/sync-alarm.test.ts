import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onSyncAlarm, registerSyncAlarm, scheduleSync, SYNC_ALARM } from '../../../utils/background/sync-alarm';
import {
  DEFAULT_SYNC_SETTINGS,
  EMPTY_SYNC_STATUS,
  syncStore,
  type SyncSettings,
  type SyncStatus,
  type SyncStore,
} from '../../../utils/storage/sync-settings';
import { holdPageLease, pageIsSyncing, renewPageLease, releasePageLease } from '../../../utils/sync/page-lease';
import { startCouch } from '../sync/couch-server';
import { dropLibraries, library, remoteDb, remoteDocs, save } from '../sync/sync-helpers';

// The background's periodic sync: an alarm only while sync is on, no work while it is off, and none while an
// open library page syncs itself.

afterEach(dropLibraries);

function memoryStore(settings: Partial<SyncSettings>): SyncStore & { status: () => Promise<SyncStatus> } {
  let s = { ...DEFAULT_SYNC_SETTINGS, ...settings };
  let status = EMPTY_SYNC_STATUS;
  return {
    settings: async () => s,
    saveSettings: async (next) => void (s = next),
    status: async () => status,
    saveStatus: async (next) => void (status = next),
  };
}

const flush = () => new Promise((done) => setTimeout(done, 20));

describe('background sync alarm', () => {
  it('exists only while sync is on, following the settings as they change', async () => {
    registerSyncAlarm(() => Promise.reject(new Error('the library must not open while sync is off')));
    await flush();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    await syncStore.saveSettings({ ...DEFAULT_SYNC_SETTINGS, enabled: true, url: 'http://127.0.0.1:1' });
    await flush();
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBeGreaterThan(0);
    await syncStore.saveSettings({ ...DEFAULT_SYNC_SETTINGS, enabled: false });
    await flush();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('does nothing when it fires while sync is off, and clears itself', async () => {
    await scheduleSync(true);
    let opened = false;
    await onSyncAlarm(async () => ((opened = true), library()), memoryStore({ enabled: false }));
    expect(opened).toBe(false);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
  });

  it('syncs when it fires, unless a library page holds the lease', async () => {
    const couch = await startCouch();
    try {
      const remote = await remoteDb(couch.url);
      const db = await library();
      await save(db, 1);
      const store = memoryStore({ enabled: true, url: remote.url, db: remote.db });

      await renewPageLease(db);
      await onSyncAlarm(async () => db, store);
      expect(await remoteDocs(remote)).toEqual([]);
      expect((await store.status()).lastSync).toBeNull();

      await releasePageLease(db);
      await onSyncAlarm(async () => db, store);
      expect((await store.status()).lastError).toBe('');
      expect((await remoteDocs(remote)).map((r) => r.id)).toContain(`article:${(await db.articles.toArray())[0]!.id}`);
    } finally {
      await couch.stop();
    }
  });
});

describe('the page lease between turns', () => {
  it('is renewed while the page waits (a backoff can outlast the lease), and let go when the page stops', async () => {
    const db = await library();
    const stop = new AbortController();
    holdPageLease(db, stop.signal, 10);
    // As if the last renewal were long ago: the next beat renews it, so the alarm keeps away.
    await db.syncState.put({ id: 'page-sync', at: 0 });
    await vi.waitFor(async () => expect(await pageIsSyncing(db)).toBe(true));
    stop.abort();
    await db.syncState.put({ id: 'page-sync', at: 0 });
    await new Promise((done) => setTimeout(done, 50));
    expect(await pageIsSyncing(db)).toBe(false);
  });
});
