import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createLibraryDb, openLibrary } from '../../../utils/library/db/db';
import { NewerDatabaseError, StorageUnavailableError } from '../../../utils/library/db/errors';
import { SCHEMA_VERSION } from '../../../utils/library/db/schema';
import { saveArticle } from '../../../utils/library/write/save-article';
import { makeFakeArticle } from './fake-articles';
import { same } from './helpers';

const unique = (tag: string) => `sift-${tag}-${Math.random().toString(36).slice(2)}`;

describe('openLibrary', () => {
  it('creates a fresh library at the current schema', async () => {
    const db = await openLibrary(unique('fresh'));
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'articles',
      'bodies',
      'highlights',
      'images',
      'syncDirty',
      'syncDocs',
      'syncState',
      'terms',
      'thumbs',
    ]);
    db.close();
    await Dexie.delete(db.name);
  });

  it('refuses a library written by a newer Sift with a clear message and leaves it untouched', async () => {
    const name = unique('newer');
    // What a future Sift might write: one more version with a table this code does not know.
    const future = createLibraryDb(name);
    future.version(SCHEMA_VERSION + 1).stores({ futureNotes: 'id, articleId' });
    await future.open();
    await saveArticle(future, makeFakeArticle(1), { sanitize: same });
    await future.table('futureNotes').put({ id: 'h1', articleId: 'x' });
    future.close();

    const opening = openLibrary(name);
    await expect(opening).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(opening).rejects.toThrow(/newer version of Sift .*left untouched/);

    const after = new Dexie(name);
    await after.open();
    expect(after.verno).toBe(SCHEMA_VERSION + 1);
    expect(await after.table('articles').count()).toBe(1);
    expect(await after.table('futureNotes').get('h1')).toEqual({ id: 'h1', articleId: 'x' });
    after.close();
    await Dexie.delete(name);
  });

  it('says clearly when IndexedDB refuses to open (a private window in Firefox)', async () => {
    const real = Dexie.dependencies.indexedDB;
    // What Firefox's private browsing did: every open fails with InvalidStateError.
    const refusing = {
      open: () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
      databases: () => Promise.reject(new DOMException('no', 'InvalidStateError')),
    };
    Dexie.dependencies.indexedDB = refusing as unknown as IDBFactory;
    try {
      const opening = openLibrary(unique('private'));
      await expect(opening).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(opening).rejects.toThrow(/does not allow Sift to store articles.*Reading still works/);
    } finally {
      Dexie.dependencies.indexedDB = real;
    }
  });
});
