import type { LibraryDb } from '../library/db/db';
import type { SyncStore } from '../storage/sync-settings';
import { backoffMs } from './errors';
import { holdPageLease, releasePageLease, renewPageLease } from './page-lease';
import { configOf, runSync } from './run-sync';
import { LOCAL_SETTLE_MS, waitForLocalChange } from './local-wake';
import { waitForRemoteChange } from './watch';
import { watchAllSites } from '../storage/site-settings';
import { watchAllReaderRules } from '../storage/site-rules';

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((done) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), done()), { once: true });
  });

/**
 * While a library page is open and sync is on: sync, then wait for the server's next change (a longpoll) or a local
 * edit, whichever comes first (the longpoll's timeout also ends the wait), and again. A failure waits out the backoff first. Stops when sync is
 * switched off or `signal` aborts; does nothing at all while sync is off.
 */
export async function autoSync(db: LibraryDb, store: SyncStore, signal: AbortSignal): Promise<void> {
  // Held between turns too: through a longpoll and through a backoff longer than the lease itself.
  const holding = new AbortController();
  holdPageLease(db, AbortSignal.any([signal, holding.signal]));
  try {
    await loop(db, store, signal);
  } finally {
    holding.abort();
    // Switched off or the page went: the alarm takes over at once rather than after the lease runs out.
    await releasePageLease(db).catch(() => undefined);
  }
}

async function loop(db: LibraryDb, store: SyncStore, signal: AbortSignal): Promise<void> {
  const sites = watchSites(signal);
  while (!signal.aborted) {
    const settings = await store.settings();
    if (!settings.enabled) return;
    // The background's alarm leaves the work to this page while it says it is here.
    await renewPageLease(db);
    sites.take();
    const status = await runSync(db, store, { signal });
    if (signal.aborted) return;
    if (status.lastError) {
      await pause(backoffMs(status.failures), signal);
      continue;
    }
    await nextChange(db, configOf(settings), sites, signal);
  }
}

/** The server's next change or a local edit; a failed longpoll waits out one backoff step unless a local edit comes. */
async function nextChange(
  db: LibraryDb,
  config: ReturnType<typeof configOf>,
  sites: ReturnType<typeof watchSites>,
  signal: AbortSignal,
): Promise<void> {
  const wait = new AbortController();
  const both = AbortSignal.any([signal, wait.signal]);
  const remote = waitForRemoteChange(db, config, { signal: both }).catch(() =>
    both.aborted ? undefined : pause(backoffMs(1), both),
  );
  await Promise.race([remote, waitForLocalChange(db, both), sites.wait(both)]);
  wait.abort();
  await remote;
}

/**
 * Per-site switches and rules changed (storage.local, which Dexie's marks do not see), watched for the loop's whole
 * life: a change made while a round runs (after it read the sites) must still wake the next wait.
 */
function watchSites(signal: AbortSignal) {
  let changed = false;
  let wake: (() => void) | null = null;
  const on = () => ((changed = true), wake?.());
  const stops = [watchAllSites(on), watchAllReaderRules(on)];
  signal.addEventListener('abort', () => stops.forEach((stop) => stop()), { once: true });
  return {
    /** Called as a round starts: the round reads whatever changed until now. */
    take: () => void (changed = false),
    /** Resolves LOCAL_SETTLE_MS after a change (at once counting from now if one came since take), or on abort. */
    wait: (until: AbortSignal) =>
      new Promise<void>((done) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const finish = () => ((wake = null), clearTimeout(timer), done());
        wake = () => void (timer ??= setTimeout(finish, LOCAL_SETTLE_MS));
        if (changed) wake();
        if (until.aborted) finish();
        else until.addEventListener('abort', finish, { once: true });
      }),
  };
}
