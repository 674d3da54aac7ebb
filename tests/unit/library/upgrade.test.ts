import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createLibraryDb, openLibrary, type LibraryDb } from '../../../utils/library/db/db';
import { getArticle } from '../../../utils/library/read/get-article';
import { listArticles } from '../../../utils/library/read/list-articles';
import { SCHEMA_VERSION } from '../../../utils/library/db/schema';
import { fixtureV1, fixtureV2, fixtureV3, fixtureV4, fixtureV5 } from './upgrade-fixtures';

// One fixture per released schema version: rows written exactly as that version stored them (raw puts, not
// today's save code), then the database is reopened by the current code and every record must read back.
// A new schema version adds its fixture to FIXTURES; the loop tests the upgrade from every older one.
const FIXTURES: Record<number, { write: (db: Dexie) => Promise<void>; check: (db: LibraryDb) => Promise<void> }> = {
  1: fixtureV1,
  2: fixtureV2,
  3: fixtureV3,
  4: fixtureV4,
  5: fixtureV5,
};

describe('schema upgrades', () => {
  it('has a fixture for every released version', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, k) => k + 1));
  });

  for (const [version, fixture] of Object.entries(FIXTURES)) {
    it(`opens a version ${version} library in version ${SCHEMA_VERSION} with every record intact`, async () => {
      const name = `sift-upgrade-${version}-${Math.random().toString(36).slice(2)}`;
      const old = createLibraryDb(name, Number(version));
      await old.open();
      await fixture.write(old);
      old.close();

      const db = await openLibrary(name);
      expect(db.verno).toBe(SCHEMA_VERSION);
      await fixture.check(db);
      // and the current code still writes and searches in it
      expect((await listArticles(db, { text: 'harbour' })).length).toBeGreaterThan(0);
      expect(await getArticle(db, 'v1-a')).toBeDefined();
      db.close();
      await Dexie.delete(name);
    });
  }
});
