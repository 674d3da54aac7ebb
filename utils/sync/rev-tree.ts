import type { SyncRevNode } from '../library/db/types';

// A document's revision tree as CouchDB keeps it: revisions "pos-hash" linked to their parents. Pure functions
// over the node list stored in syncDocs, so the same tree gives the same winner on every device.

export type RevNode = SyncRevNode;

/** CouchDB's _revisions: the newest position and the hashes from the leaf back towards the root. */
export interface RevHistory {
  start: number;
  ids: string[];
}

export const revPos = (rev: string): number => Number(rev.slice(0, rev.indexOf('-')));
const revHash = (rev: string): string => rev.slice(rev.indexOf('-') + 1);

/** Revisions that no other revision descends from. */
export function leaves(nodes: readonly RevNode[]): RevNode[] {
  const parents = new Set(nodes.map((n) => n.parent));
  return nodes.filter((n) => !parents.has(n.rev));
}

/** CouchDB's order of leaves: live before deleted, then the longer path, then the higher revision hash. */
export function compareLeaves(a: RevNode, b: RevNode): number {
  if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
  const byPos = revPos(b.rev) - revPos(a.rev);
  if (byPos) return byPos;
  const [ha, hb] = [revHash(a.rev), revHash(b.rev)];
  return ha === hb ? 0 : ha < hb ? 1 : -1;
}

/** The winning revision: what every replica shows when it holds the same tree. */
export function winner(nodes: readonly RevNode[]): RevNode | undefined {
  return leaves(nodes).sort(compareLeaves)[0];
}

/** Live leaves other than the winner: CouchDB's _conflicts. */
export function conflicts(nodes: readonly RevNode[]): RevNode[] {
  const sorted = leaves(nodes).sort(compareLeaves);
  return sorted.slice(1).filter((n) => !n.deleted);
}

export function findRev(nodes: readonly RevNode[], rev: string): RevNode | undefined {
  return nodes.find((n) => n.rev === rev);
}

/** The path from `rev` back to the oldest revision known here, as _revisions. */
export function historyOf(nodes: readonly RevNode[], rev: string): RevHistory {
  const byRev = new Map(nodes.map((n) => [n.rev, n]));
  const ids: string[] = [];
  for (let n = byRev.get(rev); n; n = n.parent ? byRev.get(n.parent) : undefined) ids.push(revHash(n.rev));
  return { start: revPos(rev), ids };
}

/** Revisions on the path from `rev` to the root, newest first. */
function pathOf(nodes: readonly RevNode[], rev: string): string[] {
  const byRev = new Map(nodes.map((n) => [n.rev, n]));
  const path: string[] = [];
  for (let n = byRev.get(rev); n; n = n.parent ? byRev.get(n.parent) : undefined) path.push(n.rev);
  return path;
}

/** The newest revision both `a` and `b` descend from, if the tree still knows one. */
export function commonAncestor(nodes: readonly RevNode[], a: string, b: string): RevNode | undefined {
  const onA = new Set(pathOf(nodes, a));
  const shared = pathOf(nodes, b).find((rev) => onA.has(rev));
  return shared ? findRev(nodes, shared) : undefined;
}

/**
 * Adds a revision with its history to the tree: ancestors not yet known come in bare (no body), the leaf
 * with what it carries. Returns a new list; a revision already present keeps what was known and gains `leaf`'s
 * fields it lacked.
 */
export function addRevision(
  nodes: readonly RevNode[],
  history: RevHistory,
  leaf: Omit<RevNode, 'rev' | 'parent'>,
): RevNode[] {
  const out = nodes.map((n) => ({ ...n }));
  const byRev = new Map(out.map((n) => [n.rev, n]));
  const revs = history.ids.map((hash, k) => `${history.start - k}-${hash}`);
  revs.forEach((rev, k) => {
    const parent = revs[k + 1] ?? byRev.get(rev)?.parent ?? null;
    const known = byRev.get(rev);
    if (known) {
      if (k === 0) Object.assign(known, { ...leaf, ...definedOnly(known) });
      if (!known.parent && parent) known.parent = parent;
      return;
    }
    const node: RevNode = k === 0 ? { ...leaf, rev, parent } : { rev, parent, deleted: false };
    out.push(node);
    byRev.set(rev, node);
  });
  return out;
}

function definedOnly(node: RevNode): Partial<RevNode> {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined)) as Partial<RevNode>;
}
