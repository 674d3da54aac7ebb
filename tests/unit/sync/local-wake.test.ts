import { afterEach, describe, expect, it } from 'vitest';
import { recordLocalChanges } from '../../../utils/sync/local-changes';
import { waitForLocalChange } from '../../../utils/sync/local-wake';
import { setTags } from '../../../utils/library/write/update-article';
import { dropLibraries, library, save } from './sync-helpers';

// The page's sync loop wakes on a local edit (a mark in syncDirty), not only on the server's longpoll.

afterEach(dropLibraries);

const settled = (p: Promise<unknown>) =>
  Promise.race([p.then(() => true), new Promise((done) => setTimeout(() => done(false), 50))]);

describe('waiting for a local edit', () => {
  it('wakes on a save and on a tag, and not while nothing changed', async () => {
    const db = await library();
    const idle = new AbortController();
    const waiting = waitForLocalChange(db, idle.signal, 0);
    expect(await settled(waiting)).toBe(false);
    const id = await save(db, 1);
    await waiting;

    await recordLocalChanges(db); // the marks go as a sync pass reads them
    const next = waitForLocalChange(db, new AbortController().signal, 0);
    expect(await settled(next)).toBe(false);
    await setTags(db, id, ['later']);
    await next;
    idle.abort();
  });

  it('ends when its signal aborts', async () => {
    const db = await library();
    const stop = new AbortController();
    const waiting = waitForLocalChange(db, stop.signal, 0);
    stop.abort();
    expect(await settled(waiting)).toBe(true);
  });
});
