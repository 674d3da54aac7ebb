import { checkHighlight } from '../highlights/store';
import type { Highlight } from '../highlights/types';
import type { LibraryDb } from '../library/db/db';
import type { SyncDocRecord, SyncRevNode } from '../library/db/types';
import type { Doc } from './couch';
import { canonicalJson, makeRev } from './rev-id';
import { conflicts, winner } from './rev-tree';

// One CouchDB document per highlight (`highlight:<id>`, the fields the Sift JSON export carries for it), so the
// highlights of an article merge as a set: each is added or removed (a tombstone) on its own, whatever else the
// other browser did to the article. Two edits of one highlight's colour or note: the later change wins.

export const HIGHLIGHT_PREFIX = 'highlight:';
export const HIGHLIGHT_TYPE = 'sift-highlight';

export const highlightDocId = (id: string) => HIGHLIGHT_PREFIX + id;
export const highlightPrint = (h: Highlight): string => canonicalJson(h);

export function highlightToDoc(h: Highlight): Record<string, unknown> {
  return { type: HIGHLIGHT_TYPE, ...h };
}

/** A Sift highlight document, or the reason it is not one. */
export function checkHighlightDoc(docId: string, doc: Record<string, unknown>): string | null {
  if (doc.type !== HIGHLIGHT_TYPE) return `${docId}: not a Sift highlight`;
  try {
    checkHighlight(doc);
  } catch {
    return `${docId}: a Sift highlight with malformed fields`;
  }
  const ok =
    docId === highlightDocId(String(doc.id)) &&
    typeof doc.articleId === 'string' &&
    [doc.createdAt, doc.updatedAt].every((v) => typeof v === 'number' && Number.isFinite(v));
  return ok ? null : `${docId}: a Sift highlight with missing fields`;
}

export function docToHighlight(doc: Record<string, unknown>): Highlight {
  const d = doc as unknown as Highlight;
  return {
    id: d.id,
    articleId: d.articleId,
    ...checkHighlight(doc),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

export interface HighlightPlan {
  record: SyncDocRecord;
  put?: Highlight;
  remove?: string;
  push: boolean;
}

/**
 * The library's side of a highlight document after `nodes` grew: its winner shown, or removed when the winner is
 * a tombstone. Concurrent live leaves: the latest `updatedAt` wins (ties: CouchDB's winner), written as a
 * content-made child of the winner where it is another leaf, and the other leaves closed; their bodies are kept.
 */
export async function planHighlight(
  db: LibraryDb,
  record: SyncDocRecord,
  bodies: Map<string, Record<string, unknown>>,
  before: SyncRevNode | undefined,
): Promise<HighlightPlan> {
  const id = record.id.slice(HIGHLIGHT_PREFIX.length);
  const top = winner(record.nodes)!;
  if (top.deleted) return { record, remove: before && !before.deleted ? id : undefined, push: false };
  const live = [top, ...conflicts(record.nodes)];
  const local = before && !before.deleted ? await db.highlights.get(id) : undefined;
  const bodyOf = (node: SyncRevNode) =>
    bodies.get(node.rev) ?? (node.rev === before?.rev && local ? highlightToDoc(local) : undefined);
  if (live.length === 1) {
    const body = bodyOf(top);
    return { record, put: body ? docToHighlight(body) : undefined, push: false };
  }
  const leafBodies = live.map(bodyOf);
  const time = (k: number) => Number(leafBodies[k]?.updatedAt ?? -Infinity);
  let best = 0;
  for (let k = 1; k < live.length; k++) if (time(k) > time(best)) best = k;
  const chosen = leafBodies[best];
  if (!chosen) return { record, push: false };
  const added: SyncRevNode[] = [];
  if (best !== 0) added.push({ rev: await makeRev(top.rev, chosen), parent: top.rev, deleted: false });
  const losers = [...(record.losers ?? [])];
  // The chosen leaf's content lives on in the winner's child; every other leaf's body is the losing edit.
  for (const [k, leaf] of live.entries()) {
    if (k > 0) added.push({ rev: await makeRev(leaf.rev, { _deleted: true }), parent: leaf.rev, deleted: true });
    const body = leafBodies[k];
    if (k !== best && body) losers.push({ rev: leaf.rev, body });
  }
  const nodes = [...record.nodes, ...added];
  return { record: { ...record, nodes, losers }, put: docToHighlight(chosen), push: true };
}

/** A pushed revision's body: the winner from the table, a closed leaf from what was kept of it. */
export async function highlightBody(db: LibraryDb, record: SyncDocRecord, node: SyncRevNode): Promise<Doc | null> {
  if (node.rev === winner(record.nodes)?.rev) {
    const h = await db.highlights.get(record.id.slice(HIGHLIGHT_PREFIX.length));
    return h ? ({ _id: record.id, ...highlightToDoc(h) } as Doc) : null;
  }
  const kept = record.losers?.find((l) => l.rev === node.rev)?.body;
  return kept ? ({ _id: record.id, ...kept } as Doc) : null;
}
