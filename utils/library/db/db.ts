import { Dexie, type EntityTable } from 'dexie';
import { NewerDatabaseError, StorageUnavailableError } from './errors';
import { SCHEMA_VERSION, declareSchema } from './schema';
import { trackArticleChanges } from './track-changes';
import type {
  ArticleBody,
  ArticleRow,
  ArticleTerms,
  ArticleThumb,
  StoredImage,
  SyncDirtyMark,
  SyncDocRecord,
  SyncStateRecord,
} from './types';
import type { Highlight } from '../../highlights/types';

export type LibraryDb = Dexie & {
  articles: EntityTable<ArticleRow, 'id'>;
  bodies: EntityTable<ArticleBody, 'id'>;
  terms: EntityTable<ArticleTerms, 'id'>;
  images: Dexie.Table<StoredImage, [string, string]>;
  syncDocs: EntityTable<SyncDocRecord, 'id'>;
  syncState: EntityTable<SyncStateRecord, 'id'>;
  syncDirty: EntityTable<SyncDirtyMark, 'id'>;
  highlights: EntityTable<Highlight, 'id'>;
  thumbs: EntityTable<ArticleThumb, 'id'>;
};

/** Creates the library database object (not yet open). */
export function createLibraryDb(name = 'sift', upTo = SCHEMA_VERSION): LibraryDb {
  const db = new Dexie(name) as LibraryDb;
  declareSchema(db, upTo);
  db.use(trackArticleChanges);
  return db;
}

/**
 * Opens the library. A database written by a newer Sift is closed again untouched and refused with
 * NewerDatabaseError; an IndexedDB that cannot open at all gives StorageUnavailableError.
 */
export async function openLibrary(name = 'sift', upTo = SCHEMA_VERSION): Promise<LibraryDb> {
  const found = await installedVersion(name);
  if (found !== null && found > upTo) throw new NewerDatabaseError(found, upTo);
  const db = createLibraryDb(name, upTo);
  try {
    await db.open();
  } catch (error) {
    if ((error as { name?: string }).name === 'VersionError') throw new NewerDatabaseError(found ?? upTo + 1, upTo);
    throw new StorageUnavailableError({ cause: error });
  }
  return db;
}

// Dexie 4 opens a newer database rather than failing, and would then run old code on new data: ask first.
// Dexie stores version n as IndexedDB version n*10. indexedDB.databases() tells the version without opening the
// database a second time (a probe open cost the library page tens of ms before its first row).
async function installedVersion(name: string): Promise<number | null> {
  try {
    const idb = Dexie.dependencies.indexedDB;
    if (typeof idb?.databases !== 'function') return await probedVersion(name);
    const found = (await idb.databases()).find((info) => info.name === name);
    return found?.version === undefined ? null : found.version / 10;
  } catch {
    return null;
  }
}

async function probedVersion(name: string): Promise<number | null> {
  const names = await Dexie.getDatabaseNames();
  if (!names.includes(name)) return null;
  const probe = new Dexie(name);
  await probe.open();
  const v = probe.verno;
  probe.close();
  return v;
}
