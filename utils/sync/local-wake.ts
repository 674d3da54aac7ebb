import { liveQuery } from 'dexie';
import type { LibraryDb } from '../library/db/db';

// A local edit (a save, a tag, a delete, in this page or in another context of the extension: Dexie tells every
// same-origin context) leaves a mark in syncDirty. The page's sync loop waits on this beside the server's longpoll,
// so the edit goes out within seconds rather than when the longpoll times out (up to 25 s).

/** How long after the first mark the push starts: a burst of edits (progress while reading) goes out as one. */
export const LOCAL_SETTLE_MS = 1_500;

/** Resolves once the library holds a mark (at once when one is there), `settleMs` later; or when `signal` aborts. */
export function waitForLocalChange(db: LibraryDb, signal: AbortSignal, settleMs = LOCAL_SETTLE_MS): Promise<void> {
  return new Promise<void>((done) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      subscription.unsubscribe();
      clearTimeout(timer);
      done();
    };
    const subscription = liveQuery(() => db.syncDirty.limit(1).count()).subscribe({
      next: (count) => {
        if (count > 0 && !timer) timer = setTimeout(finish, settleMs);
      },
      error: () => undefined, // the longpoll (or its timeout) still ends the wait
    });
    if (signal.aborted) finish();
    else signal.addEventListener('abort', finish, { once: true });
  });
}
