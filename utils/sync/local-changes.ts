import type { LibraryDb } from '../library/db/db';
import type { ArticleRow, SyncDocRecord } from '../library/db/types';
import { HIGHLIGHT_PREFIX, highlightPrint, highlightToDoc } from './highlight-doc';
import { ALL_ROWS } from '../library/db/track-changes';
import { getArticle } from '../library/read/get-article';
import { articleToDoc, docIdOf, rowPrint, ARTICLE_PREFIX } from './article-doc';
import { makeRev } from './rev-id';
import { winner } from './rev-tree';
import { nextSeqs } from './store';

// Local edits become revisions here. Every write to the articles table marks its ids in syncDirty
// (utils/library/db/track-changes.ts); a pass reads only the marked rows and compares each with the row its
// winning revision was written from (a fingerprint), so a mark left by sync's own write costs one comparison. A
// marked row with no record yet is a first revision; a marked id whose row is gone, a tombstone.

/** The marked rows and their records: all of both when a mark says the rows are unknown. */
async function markedRows(db: LibraryDb, ids: string[]): Promise<[ArticleRow[], SyncDocRecord[]]> {
  if (ids.includes(ALL_ROWS)) return Promise.all([db.articles.toArray(), db.syncDocs.toArray()]);
  const [rows, records] = await Promise.all([db.articles.bulkGet(ids), db.syncDocs.bulkGet(ids.map(docIdOf))]);
  return [rows.filter((r) => r !== undefined), records.filter((r) => r !== undefined)];
}

/** Turns local edits since the last pass into revisions; returns how many documents changed. */
export async function recordLocalChanges(db: LibraryDb, now = Date.now()): Promise<number> {
  const marks = await db.syncDirty.toArray();
  if (!marks.length) return 0;
  const all = marks.some((m) => m.id === ALL_ROWS);
  const articleMarks = marks.filter((m) => !m.id.startsWith(HIGHLIGHT_PREFIX)).map((m) => m.id);
  const highlightMarks = marks.filter((m) => m.id.startsWith(HIGHLIGHT_PREFIX)).map((m) => m.id);
  const [rows, records] = await markedRows(db, articleMarks);
  const byId = new Map(records.map((r) => [r.id, r]));
  const changed: SyncDocRecord[] = [];

  for (const row of rows) {
    const id = docIdOf(row.id);
    const record = byId.get(id);
    byId.delete(id);
    const print = rowPrint(row);
    if (record?.print === print) continue;
    const article = await getArticle(db, row.id);
    if (!article) continue; // deleted while we looked: its delete left a new mark for the next pass
    const top = record ? winner(record.nodes) : undefined;
    const read = row.read === 1;
    const clocks = {
      readAt: top && !top.deleted && top.read === read ? (top.readAt ?? 0) : now,
      progressAt: top && !top.deleted && top.progress === row.progress ? (top.progressAt ?? 0) : now,
    };
    const body = await articleToDoc(article, clocks);
    const rev = await makeRev(top?.rev ?? null, body);
    const node = {
      rev,
      parent: top?.rev ?? null,
      deleted: false,
      tags: [...row.tags],
      read,
      progress: row.progress,
      ...clocks,
    };
    changed.push({ ...record, id, nodes: [...(record?.nodes ?? []), node], seq: 0, print });
  }

  for (const record of byId.values()) {
    const top = winner(record.nodes);
    if (!record.id.startsWith(ARTICLE_PREFIX) || !top || top.deleted) continue; // highlights: below
    const rev = await makeRev(top.rev, { _deleted: true });
    changed.push({ ...record, nodes: [...record.nodes, { rev, parent: top.rev, deleted: true }], seq: 0, print: null });
  }

  changed.push(...(await highlightChanges(db, all ? null : highlightMarks)));

  if (changed.length) {
    const first = await nextSeqs(db, changed.length);
    changed.forEach((record, k) => (record.seq = first + k));
  }
  // The records and the clearing of the marks read, together; a mark renewed by a write meanwhile stays.
  await db.transaction('rw', db.syncDocs, db.syncDirty, async () => {
    await db.syncDocs.bulkPut(changed);
    const now = await db.syncDirty.bulkGet(marks.map((m) => m.id));
    const seen = marks.filter((m, k) => now[k]?.mark === m.mark).map((m) => m.id);
    await db.syncDirty.bulkDelete(seen);
  });
  return changed.length;
}

/** The marked highlights (all when `docIds` is null) as revisions: new, changed, or tombstones where removed. */
async function highlightChanges(db: LibraryDb, docIds: string[] | null): Promise<SyncDocRecord[]> {
  const ids = docIds?.map((id) => id.slice(HIGHLIGHT_PREFIX.length));
  const [rows, records] = ids
    ? await Promise.all([db.highlights.bulkGet(ids), db.syncDocs.bulkGet(docIds!)])
    : await Promise.all([db.highlights.toArray(), db.syncDocs.where('id').startsWith(HIGHLIGHT_PREFIX).toArray()]);
  const byId = new Map(records.flatMap((r) => (r ? [[r.id, r] as const] : [])));
  const changed: SyncDocRecord[] = [];
  for (const h of rows) {
    if (!h) continue;
    const id = HIGHLIGHT_PREFIX + h.id;
    const record = byId.get(id);
    byId.delete(id);
    const print = highlightPrint(h);
    if (record?.print === print) continue;
    const top = record ? winner(record.nodes) : undefined;
    const rev = await makeRev(top?.rev ?? null, highlightToDoc(h));
    const node = { rev, parent: top?.rev ?? null, deleted: false };
    changed.push({ ...record, id, nodes: [...(record?.nodes ?? []), node], seq: 0, print });
  }
  for (const record of byId.values()) {
    const top = winner(record.nodes);
    if (!top || top.deleted) continue;
    const rev = await makeRev(top.rev, { _deleted: true });
    changed.push({ ...record, nodes: [...record.nodes, { rev, parent: top.rev, deleted: true }], seq: 0, print: null });
  }
  return changed;
}
