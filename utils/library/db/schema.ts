import type { Dexie, Transaction } from 'dexie';
import { reindexTerms } from '../search/reindex-terms';

/** The newest schema this code reads and writes. */
export const SCHEMA_VERSION = 5;

// Released versions are never edited: a change is a new entry with its upgrade, and a test in
// tests/unit/library/upgrade.test.ts that opens the previous version's fixture and checks nothing was lost.
// Only what where()/orderBy() use is indexed; bodies and images are unindexed.
interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites rows from the previous version's shape, inside Dexie's upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

const VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      articles: 'id, &canonicalUrl, savedAt, siteName, *tags, read',
      bodies: 'id',
      terms: 'id, *terms',
      images: '[articleId+url], articleId',
    },
  },
  {
    // Sync (utils/sync): one revision tree per replicated document, and the replication's own records
    // (checkpoints as _local docs, this library's replication uuid). Nothing of version 1 changes.
    version: 2,
    stores: {
      syncDocs: 'id, seq',
      syncState: 'id',
    },
  },
  {
    // Highlights and notes, keyed to their article; createdAt orders the Highlights view (newest first).
    version: 3,
    stores: { highlights: 'id, articleId, createdAt' },
  },
  {
    // 4: Chinese and Japanese bigrams across digit and letter seams ("500万"), so every article's terms are made
    // again; and small list thumbnails, one per article, kept apart from rows so listing stays light.
    version: 4,
    stores: { thumbs: 'id' },
    upgrade: reindexTerms,
  },
  {
    // 5: sync finds local edits from the ids marked changed (utils/library/db/track-changes.ts) instead of
    // reading every row. Edits made before the marks existed are found by marking every article, highlight and
    // synced article once.
    version: 5,
    stores: { syncDirty: 'id' },
    upgrade: markAllChanged,
  },
];

async function markAllChanged(tx: Transaction): Promise<void> {
  const ids = [
    ...((await tx.table('articles').toCollection().primaryKeys()) as string[]),
    ...((await tx.table('syncDocs').toCollection().primaryKeys()) as string[])
      .filter((id) => id.startsWith('article:'))
      .map((id) => id.slice('article:'.length)),
    ...((await tx.table('highlights').toCollection().primaryKeys()) as string[]).map((id) => `highlight:${id}`),
  ];
  await tx.table('syncDirty').bulkPut([...new Set(ids)].map((id) => ({ id, mark: 'upgrade' })));
}

/** Declares versions 1..upTo on db (upTo lets the upgrade test open an old version). */
export function declareSchema(db: Dexie, upTo = SCHEMA_VERSION): void {
  for (const v of VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
