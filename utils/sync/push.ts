import type { LibraryDb } from '../library/db/db';
import { getArticle } from '../library/read/get-article';
import { articleToDoc, docIdOf } from './article-doc';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import type { CouchClient, Doc } from './couch';
import { SyncError } from './errors';
import { HIGHLIGHT_PREFIX, highlightBody } from './highlight-doc';
import { historyOf, leaves, winner } from './rev-tree';
import type { SyncProgress } from './pull';
import { SITE_PREFIX } from './site-doc';
import { siteDoc } from './site-sync';

const BATCH = 50;

/**
 * Local → server: documents whose local seq is past the push checkpoint; _revs_diff says which leaf revisions
 * the server lacks; _bulk_docs with new_edits:false writes exactly those, with their histories.
 */
export async function push(db: LibraryDb, client: CouchClient, repId: string, progress: SyncProgress = {}) {
  const checkpoint = await readCheckpoint(db, client, repId);
  let docsWritten = 0;
  const total = await db.syncDocs
    .where('seq')
    .above(Number(checkpoint.since) || 0)
    .count();
  // The next batch is asked about and built while this one is written: the server's time and ours overlap.
  let next = prepare(db, client, Number(checkpoint.since) || 0, progress.signal);
  for (;;) {
    if (progress.signal?.aborted) throw new SyncError('cancelled');
    const batch = await next;
    if (!batch) break;
    next = prepare(db, client, batch.last, progress.signal);
    next.catch(() => undefined); // awaited on the next turn; a failure here must not go unhandled meanwhile
    if (batch.docs.length) await client.bulkDocs(batch.docs, progress.signal);
    docsWritten += batch.docs.length;
    await writeCheckpoint(db, client, checkpoint, batch.last);
    progress.onProgress?.('push', Math.min(total, docsWritten), total);
  }
  return docsWritten;
}

/** The documents past local seq `since` (one batch) with the revisions the server lacks, ready to write. */
async function prepare(db: LibraryDb, client: CouchClient, since: number, signal?: AbortSignal) {
  const records = await db.syncDocs.where('seq').above(since).limit(BATCH).toArray();
  if (!records.length) return null;
  const ask = Object.fromEntries(records.map((r) => [r.id, leaves(r.nodes).map((n) => n.rev)]));
  const diff = await client.revsDiff(ask, signal);
  if (!diff || typeof diff !== 'object') throw new SyncError('json', '_revs_diff');
  const docs: Doc[] = [];
  for (const record of records) {
    const top = winner(record.nodes);
    for (const rev of diff[record.id]?.missing ?? []) {
      const node = record.nodes.find((n) => n.rev === rev);
      if (!node) continue;
      const head = { _id: record.id, _rev: rev, _revisions: historyOf(record.nodes, rev) };
      if (node.deleted) docs.push({ ...head, _deleted: true });
      else if (record.id.startsWith(SITE_PREFIX)) {
        const body = siteDoc(record, node);
        if (body) docs.push({ ...body, ...head });
      } else if (record.id.startsWith(HIGHLIGHT_PREFIX)) {
        const body = await highlightBody(db, record, node);
        if (body) docs.push({ ...body, ...head });
      } else if (node.rev !== top?.rev) {
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
  return { docs, last: records.at(-1)!.seq };
}
