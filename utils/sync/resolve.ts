import type { LibraryDb } from '../library/db/db';
import type { SyncDocRecord, SyncRevNode } from '../library/db/types';
import { getArticle } from '../library/read/get-article';
import { settleDuplicates, type Plan } from './duplicates';
import { articleTables, writeArticle } from '../library/write/write-article';
import { articleToDoc, docIdOf, docToArticle, rowPrint, type ArticleDocBody } from './article-doc';
import type { Doc } from './couch';
import { mergeLeaves, type LeafState } from './merge';
import { canonicalJson, makeRev } from './rev-id';
import { addRevision, commonAncestor, conflicts, revPos, winner } from './rev-tree';
import { nextSeqs } from './store';
import { HIGHLIGHT_PREFIX, highlightPrint, planHighlight, type HighlightPlan } from './highlight-doc';

// Pulled revisions join each document's tree; then the library shows the tree's winner. Concurrent live leaves
// are merged (merge.ts) into a child of the winner and the others closed with tombstones, all with content-made
// revision ids so every device resolving the same conflict writes the same revisions. Losing bodies are kept.

const META = ['_id', '_rev', '_revisions', '_conflicts', '_deleted'];
const strip = (doc: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(doc).filter(([k]) => !META.includes(k))) as ArticleDocBody;

function leafInfo(doc: Doc): Omit<SyncRevNode, 'rev' | 'parent'> {
  if (doc._deleted) return { deleted: true };
  const d = doc as unknown as ArticleDocBody;
  return {
    deleted: false,
    tags: d.tags,
    read: d.read,
    readAt: d.readAt,
    progress: d.progress,
    progressAt: d.progressAt,
  };
}

const stateOf = (n: SyncRevNode): LeafState => ({
  tags: n.tags ?? [],
  read: n.read ?? false,
  readAt: n.readAt ?? 0,
  progress: n.progress ?? 0,
  progressAt: n.progressAt ?? 0,
});

/** Applies pulled revisions (checked article documents and tombstones); returns how many conflicts were merged. */
export async function applyRemote(db: LibraryDb, docs: Doc[]): Promise<{ written: number; merged: number }> {
  const byId = new Map<string, Doc[]>();
  for (const doc of docs) byId.set(doc._id, [...(byId.get(doc._id) ?? []), doc]);
  const existing = await db.syncDocs.bulkGet([...byId.keys()]);
  const plans: Plan[] = [];
  const highlightPlans: HighlightPlan[] = [];
  let merged = 0;
  for (const [k, [id, incoming]] of [...byId].entries()) {
    const record = existing[k] ?? { id, nodes: [], seq: 0, print: null };
    if (id.startsWith(HIGHLIGHT_PREFIX)) {
      const { nodes, bodies } = grow(record, incoming, (doc) => ({ deleted: doc._deleted === true }));
      highlightPlans.push(await planHighlight(db, { ...record, nodes }, bodies, winner(record.nodes)));
      continue;
    }
    const plan = await planDoc(db, record, incoming);
    if (plan.push && plan.write) merged++;
    plans.push(plan);
  }
  await settleDuplicates(db, plans);
  const pushing = [...plans, ...highlightPlans].filter((p) => p.push);
  if (pushing.length) {
    const first = await nextSeqs(db, pushing.length);
    pushing.forEach((p, k) => (p.record.seq = first + k));
  }
  await db.transaction('rw', [...articleTables(db), db.syncDocs, db.syncDirty], async () => {
    const drop = (id: string) =>
      Promise.all([
        db.articles.delete(id),
        db.bodies.delete(id),
        db.terms.delete(id),
        db.images.where('articleId').equals(id).delete(),
      ]);
    // Removals first: an evicted duplicate must leave its canonical URL before the survivor is written.
    for (const plan of plans) {
      if (plan.evict) await drop(plan.evict);
      if (plan.remove) {
        await drop(plan.remove);
        // Its highlights go with it; the deletes leave marks, so their tombstones are pushed (no orphans anywhere).
        await db.highlights.where('articleId').equals(plan.remove).delete();
        plan.record.print = null;
      }
      if (plan.fold) await db.articles.update(plan.fold.id, { tags: plan.fold.tags });
    }
    // What this writes matches its record: no local edit, so the marks its writes left go (a pulled library
    // does not read every row again on the next pass). A row left differing on purpose (a folded duplicate's
    // tags) keeps its mark and is pushed.
    const settled: string[] = [];
    for (const plan of plans) {
      if (plan.remove && !plan.write) settled.push(plan.remove);
      if (!plan.write) continue;
      await writeArticle(db, plan.write.row, plan.write.body, plan.write.images);
      plan.record.print = plan.print ?? rowPrint(plan.write.row);
      if (plan.record.print === rowPrint(plan.write.row)) settled.push(plan.write.row.id);
    }
    // Highlights after articles (and their records): one may belong to an article this same batch brings or closes.
    await db.syncDocs.bulkPut(plans.map((p) => p.record));
    for (const plan of highlightPlans) {
      if (plan.remove) await db.highlights.delete(plan.remove);
      // A highlight made on an article that was deleted meanwhile (on another device): an orphan, removed here,
      // its mark kept so the tombstone goes out. Every device that holds the delete does the same. An article not
      // here yet (a later batch brings it) is not deleted: only a tombstone known here counts.
      if (plan.put && (await articleDeleted(db, plan.put.articleId))) {
        await db.highlights.delete(plan.put.id);
        continue;
      }
      if (plan.put) await db.highlights.put(plan.put);
      if (plan.put) plan.record.print = highlightPrint(plan.put);
      if (plan.remove && !plan.put) plan.record.print = null;
      if (plan.put || plan.remove) settled.push(plan.record.id);
    }
    await db.syncDocs.bulkPut(highlightPlans.map((p) => p.record));
    await db.syncDirty.bulkDelete(settled);
  });
  const written = [...plans.filter((p) => p.write || p.remove), ...highlightPlans.filter((p) => p.put || p.remove)]
    .length;
  return { written, merged };
}

/** Whether the article's document is known here and its winner is a tombstone (checked after this batch's writes). */
async function articleDeleted(db: LibraryDb, articleId: string): Promise<boolean> {
  const record = await db.syncDocs.get(docIdOf(articleId));
  const top = record && winner(record.nodes);
  return !!top?.deleted && !(await db.articles.get(articleId));
}

/** The record's tree with the incoming revisions added, and their bodies by revision. */
export function grow(record: SyncDocRecord, incoming: Doc[], info: (doc: Doc) => Omit<SyncRevNode, 'rev' | 'parent'>) {
  let nodes = record.nodes;
  const bodies = new Map<string, ArticleDocBody>();
  for (const doc of incoming) {
    const rev = doc._rev!;
    const history = (doc._revisions as { start: number; ids: string[] }) ?? {
      start: revPos(rev),
      ids: [rev.slice(rev.indexOf('-') + 1)],
    };
    nodes = addRevision(nodes, history, info(doc));
    if (!doc._deleted) bodies.set(rev, strip(doc));
  }
  return { nodes, bodies };
}

async function planDoc(db: LibraryDb, record: SyncDocRecord, incoming: Doc[]): Promise<Plan> {
  const before = winner(record.nodes);
  const { nodes, bodies } = grow(record, incoming, leafInfo);
  const out: SyncDocRecord = { ...record, nodes };
  const top = winner(nodes)!;
  const articleId = record.id.slice(record.id.indexOf(':') + 1);
  const live = top.deleted ? [] : [top, ...conflicts(nodes)];

  if (top.deleted) {
    return { record: out, remove: before && !before.deleted ? articleId : undefined, push: false };
  }
  const bodyOf = async (node: SyncRevNode) => {
    const found = bodies.get(node.rev);
    if (found) return found;
    if (node.rev !== before?.rev) return node.body as ArticleDocBody | undefined;
    const local = await getArticle(db, articleId);
    const s = stateOf(node);
    return local ? await articleToDoc(local, { readAt: s.readAt, progressAt: s.progressAt }) : undefined;
  };
  if (live.length === 1) {
    const body = bodies.get(top.rev);
    return { record: out, write: body ? docToArticle(body) : undefined, push: false };
  }

  // A conflict: merge the live leaves into the winner, close the others, keep their bodies.
  const leafBodies = await Promise.all(live.map(bodyOf));
  const winnerBody = leafBodies[0];
  if (!winnerBody) return { record: out, push: false };
  let base = live[0]!;
  for (const leaf of live.slice(1)) base = (base && commonAncestor(nodes, base.rev, leaf.rev)) as SyncRevNode;
  const fields = mergeLeaves(live.map(stateOf), base?.tags);
  const mergedBody = { ...winnerBody, ...fields } as ArticleDocBody;
  const added: SyncRevNode[] = [];
  let finalBody = winnerBody;
  if (canonicalJson(mergedBody) !== canonicalJson(winnerBody)) {
    const rev = await makeRev(top.rev, mergedBody);
    added.push({ rev, parent: top.rev, deleted: false, ...fields });
    finalBody = mergedBody;
  }
  const losers = [...(record.losers ?? [])];
  for (const [k, leaf] of live.slice(1).entries()) {
    added.push({ rev: await makeRev(leaf.rev, { _deleted: true }), parent: leaf.rev, deleted: true });
    const body = leafBodies[k + 1];
    if (body) losers.push({ rev: leaf.rev, body });
  }
  return { record: { ...out, nodes: [...nodes, ...added], losers }, write: docToArticle(finalBody), push: true };
}
