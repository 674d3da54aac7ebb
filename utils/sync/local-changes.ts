import type { LibraryDb } from '../library/db/db';
import type { SyncDocRecord } from '../library/db/types';
import { getArticle } from '../library/read/get-article';
import { articleToDoc, docIdOf, rowPrint, ARTICLE_PREFIX } from './article-doc';
import { makeRev } from './rev-id';
import { winner } from './rev-tree';
import { nextSeqs } from './store';

// Local edits become revisions here: every library row is compared with the row its winning revision was
// written from (a fingerprint), so saves, tag and read changes and deletes are found without hooks in every
// write path of the library. A row with no record yet is a first revision; a record whose row is gone, a tombstone.

/** Turns local edits since the last pass into revisions; returns how many documents changed. */
export async function recordLocalChanges(db: LibraryDb, now = Date.now()): Promise<number> {
  const [rows, records] = await Promise.all([db.articles.toArray(), db.syncDocs.toArray()]);
  const byId = new Map(records.map((r) => [r.id, r]));
  const changed: SyncDocRecord[] = [];

  for (const row of rows) {
    const id = docIdOf(row.id);
    const record = byId.get(id);
    byId.delete(id);
    const print = rowPrint(row);
    if (record?.print === print) continue;
    const article = await getArticle(db, row.id);
    if (!article) continue; // deleted while we looked: the next pass makes its tombstone
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
    if (!record.id.startsWith(ARTICLE_PREFIX) || !top || top.deleted) continue;
    const rev = await makeRev(top.rev, { _deleted: true });
    changed.push({ ...record, nodes: [...record.nodes, { rev, parent: top.rev, deleted: true }], seq: 0, print: null });
  }

  if (!changed.length) return 0;
  const first = await nextSeqs(db, changed.length);
  changed.forEach((record, k) => (record.seq = first + k));
  await db.syncDocs.bulkPut(changed);
  return changed.length;
}
