import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { createLibraryDb, openLibrary } from '../../../utils/library/db/db';
import { setRead, setTags } from '../../../utils/library/write/update-article';
import { removeArticle } from '../../../utils/library/write/remove-article';
import { recordLocalChanges } from '../../../utils/sync/local-changes';
import { winner } from '../../../utils/sync/rev-tree';
import { dropLibraries, library, save } from './sync-helpers';

// Local edits are found from the ids the library's writes mark (syncDirty), not by reading every row.

afterEach(dropLibraries);

const marked = async (db: Awaited<ReturnType<typeof library>>) =>
  ((await db.syncDirty.toCollection().primaryKeys()) as string[]).sort();

describe('recording local changes', () => {
  it('marks every kind of article write, and a pass clears exactly what it recorded', async () => {
    const db = await library();
    const [a, b, c] = [await save(db, 1), await save(db, 2, { image: true }), await save(db, 3)];
    expect(await marked(db)).toEqual([a, b, c].sort());
    expect(await recordLocalChanges(db)).toBe(3);
    expect(await marked(db)).toEqual([]);

    // An idle pass reads nothing and records nothing.
    expect(await recordLocalChanges(db)).toBe(0);

    await setTags(db, a, ['x']);
    await setRead(db, b, true);
    await removeArticle(db, c);
    expect(await marked(db)).toEqual([a, b, c].sort());
    expect(await recordLocalChanges(db)).toBe(3);
    const records = await db.syncDocs.bulkGet([a, b, c].map((id) => `article:${id}`));
    expect(records.map((r) => winner(r!.nodes)!.deleted)).toEqual([false, false, true]);
    expect(winner(records[0]!.nodes)!.tags).toEqual(['x']);
    expect(winner(records[1]!.nodes)!.read).toBe(true);
  });

  it('a write that lands but changes nothing sync cares about makes no revision', async () => {
    const db = await library();
    const id = await save(db, 4);
    await recordLocalChanges(db);
    await setTags(db, id, []); // the tags it already had
    expect(await marked(db)).toEqual([id]);
    expect(await recordLocalChanges(db)).toBe(0);
    expect(await marked(db)).toEqual([]);
  });

  it('a write that aborts leaves no mark; a delete by range marks the whole table', async () => {
    const db = await library();
    const id = await save(db, 5);
    await recordLocalChanges(db);
    await db
      .transaction('rw', db.articles, async () => {
        await db.articles.update(id, { read: 1 });
        throw new Error('abort');
      })
      .catch(() => undefined);
    expect(await marked(db)).toEqual([]);
    await db.articles.where('id').above('').delete();
    expect((await marked(db)).length).toBeGreaterThan(0);
    await recordLocalChanges(db);
    expect(winner((await db.syncDocs.get(`article:${id}`))!.nodes)!.deleted).toBe(true);
  });

  it('an upgraded library marks what it held, so edits made before the marks existed are still sent', async () => {
    const name = `sift-marks-${Math.random().toString(36).slice(2)}`;
    const old = createLibraryDb(name, 4);
    await old.open();
    await old.table('articles').put({ id: 'old-1', canonicalUrl: 'https://a.example/1', tags: [], read: 0 });
    await old.table('syncDocs').put({ id: 'article:gone', nodes: [{ rev: '1-a', parent: null, deleted: false }] });
    old.close();
    const db = await openLibrary(name);
    expect(((await db.syncDirty.toCollection().primaryKeys()) as string[]).sort()).toEqual(['gone', 'old-1']);
    db.close();
    await Dexie.delete(name);
  });
});
