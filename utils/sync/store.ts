import type { LibraryDb } from '../library/db/db';

// The library's own sync records in syncState: its replication uuid and the local change counter.

/** A random id for this library, made once: part of every replication id, so two profiles never share one. */
export async function libraryUuid(db: LibraryDb): Promise<string> {
  return db.transaction('rw', db.syncState, async () => {
    const found = await db.syncState.get('uuid');
    if (typeof found?.value === 'string') return found.value;
    const value = crypto.randomUUID();
    await db.syncState.put({ id: 'uuid', value });
    return value;
  });
}

/** Reserves `count` local sequence numbers and returns the first; push sends documents past its checkpoint. */
export async function nextSeqs(db: LibraryDb, count: number): Promise<number> {
  return db.transaction('rw', db.syncState, async () => {
    const found = await db.syncState.get('seq');
    const last = typeof found?.value === 'number' ? found.value : 0;
    await db.syncState.put({ id: 'seq', value: last + count });
    return last + 1;
  });
}
