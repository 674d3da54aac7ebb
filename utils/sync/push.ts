import type { LibraryDb } from '../library/db/db';
import { getArticle } from '../library/read/get-article';
import { articleToDoc, docIdOf } from './article-doc';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import type { CouchClient, Doc } from './couch';
import { SyncError } from './errors';
import { historyOf, leaves, winner } from './rev-tree';
import type { SyncProgress } from './pull';

const BATCH = 50;

/**
 * Local → server: documents whose local seq is past the push checkpoint; _revs_diff says which leaf revisions
 * the server lacks; _bulk_docs with new_edits:false writes exactly those, with their histories.
 */
export async function push(db: LibraryDb, client: CouchClient, repId: string, progress: SyncProgress = {}) {
  const checkpoint = await readCheckpoint(db, client, repId);
  let since = Number(checkpoint.since) || 0;
  let docsWritten = 0;
  const total = await db.syncDocs.where('seq').above(since).count();
  for (;;) {
    if (progress.signal?.aborted) throw new SyncError('cancelled');
    const records = await db.syncDocs.where('seq').above(since).limit(BATCH).toArray();
    if (!records.length) break;
    const ask = Object.fromEntries(records.map((r) => [r.id, leaves(r.nodes).map((n) => n.rev)]));
    const diff = await client.revsDiff(ask, progress.signal);
    if (!diff || typeof diff !== 'object') throw new SyncError('json', '_revs_diff');
    const docs: Doc[] = [];
    for (const record of records) {
      const top = winner(record.nodes);
      for (const rev of diff[record.id]?.missing ?? []) {
        const node = record.nodes.find((n) => n.rev === rev);
        if (!node) continue;
        const head = { _id: record.id, _rev: rev, _revisions: historyOf(record.nodes, rev) };
        if (node.deleted) docs.push({ ...head, _deleted: true });
        else if (node.rev !== top?.rev) {
          const kept = record.losers?.find((l) => l.rev === rev)?.body ?? node.body;
          if (kept) docs.push({ ...head, ...kept });
        } else {
          const article = await getArticle(db, record.id.slice('article:'.length));
          if (article && docIdOf(article.row.id) === record.id) {
            const clocks = { readAt: node.readAt ?? 0, progressAt: node.progressAt ?? 0 };
            docs.push({ ...head, ...(await articleToDoc(article, clocks)) });
          }
        }
      }
    }
    if (docs.length) await client.bulkDocs(docs, progress.signal);
    docsWritten += docs.length;
    since = records.at(-1)!.seq;
    await writeCheckpoint(db, client, checkpoint, since);
    progress.onProgress?.('push', Math.min(total, docsWritten), total);
  }
  return docsWritten;
}
