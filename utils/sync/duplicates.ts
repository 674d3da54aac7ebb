import type { LibraryDb } from '../library/db/db';
import type { FullArticle } from '../library/read/get-article';
import type { SyncDocRecord } from '../library/db/types';
import { rowPrint } from './article-doc';
import { makeRev } from './rev-id';
import { winner } from './rev-tree';

// Two browsers that saved the same page before they synced hold two articles (two ids) for one canonical URL,
// which the library allows only once. Every device keeps the one with the lower id and closes the other with a
// tombstone made from content (the same revision wherever it is made); the tags of both are kept on the survivor.

export interface Plan {
  record: SyncDocRecord;
  write?: FullArticle;
  remove?: string;
  /** A local article with the same canonical URL that gives way to `write`. */
  evict?: string;
  /** A local article that stays, with the tags of an incoming duplicate added. */
  fold?: { id: string; tags: string[] };
  /** The fingerprint the record takes: the incoming row's, so local additions to it are found and pushed. */
  print?: string;
  push: boolean;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

async function giveWay(plan: Plan): Promise<void> {
  const top = winner(plan.record.nodes)!;
  const rev = await makeRev(top.rev, { _deleted: true });
  plan.record = { ...plan.record, nodes: [...plan.record.nodes, { rev, parent: top.rev, deleted: true }] };
  plan.remove = plan.write!.row.id;
  plan.write = undefined;
  plan.push = true;
}

/** Settles duplicates among the incoming articles and against the library, before anything is written. */
export async function settleDuplicates(db: LibraryDb, plans: Plan[]): Promise<void> {
  const claimed = new Map<string, Plan>();
  for (const plan of plans) {
    if (!plan.write) continue;
    const row = plan.write.row;
    const inBatch = claimed.get(row.canonicalUrl);
    const local = inBatch ? undefined : await db.articles.where('canonicalUrl').equals(row.canonicalUrl).first();
    const other = inBatch?.write?.row ?? (local && local.id !== row.id ? local : undefined);
    if (!other) {
      claimed.set(row.canonicalUrl, plan);
      continue;
    }
    plan.print ??= rowPrint(row);
    if (row.id < other.id) {
      row.tags = union(row.tags, other.tags);
      if (inBatch) await giveWay(inBatch);
      else plan.evict = other.id;
      claimed.set(row.canonicalUrl, plan);
    } else {
      const tags = union(other.tags, row.tags);
      await giveWay(plan);
      if (inBatch) {
        inBatch.print ??= rowPrint(inBatch.write!.row);
        inBatch.write!.row.tags = tags;
      } else plan.fold = { id: other.id, tags };
    }
  }
}
