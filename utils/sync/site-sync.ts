import type { LibraryDb } from '../library/db/db';
import type { SyncDocRecord, SyncRevNode, SyncSiteState } from '../library/db/types';
import type { Doc } from './couch';
import { canonicalJson, makeRev } from './rev-id';
import { grow } from './resolve';
import { commonAncestor, conflicts, winner } from './rev-tree';
import {
  DEFAULT_SITE,
  SITE_PREFIX,
  docToSite,
  isDefaultSite,
  mergeSites,
  siteBody,
  siteDocId,
  sitePrint,
  stateOfSite,
  type SiteState,
  type SiteStore,
} from './site-doc';
import { nextSeqs } from './store';

// Per-site switches and picker rules live in browser storage, not in the library's tables, so no write marks
// them: a pass reads them (one small object) and compares it with what the last pass saw; only when it differs
// does it compare each site with the state its winning revision holds.

/** syncState record: the print of every site's state as the last pass saw it. */
const SEEN = 'sites-print';

/** Local switch and rule changes since the last pass as revisions; returns how many documents changed. */
export async function recordSiteChanges(db: LibraryDb, store: SiteStore, now = Date.now()): Promise<number> {
  const local = await store.read();
  const print = canonicalJson(local);
  if ((await db.syncState.get(SEEN))?.value === print) return 0;
  const records = await db.syncDocs.where('id').startsWith(SITE_PREFIX).toArray();
  const byHost = new Map(records.map((r) => [r.id.slice(SITE_PREFIX.length), r]));
  const changed: SyncDocRecord[] = [];
  for (const host of new Set([...Object.keys(local), ...byHost.keys()])) {
    const state = local[host] ?? DEFAULT_SITE;
    const record = byHost.get(host);
    if (!record && isDefaultSite(state)) continue;
    const statePrint = sitePrint(state);
    if (record?.print === statePrint) continue;
    const top = record ? winner(record.nodes) : undefined;
    const before = top?.site;
    const site: SyncSiteState = {
      enabled: state.enabled,
      // The switch's clock moves only when the switch moved: a rule edit must not win the switch's merge.
      enabledAt: before && before.enabled === state.enabled ? before.enabledAt : now,
      hide: [...state.hide],
      show: [...state.show],
    };
    const rev = await makeRev(top?.rev ?? null, siteBody(host, site));
    const node: SyncRevNode = { rev, parent: top?.rev ?? null, deleted: false, site };
    const id = siteDocId(host);
    changed.push({ ...record, id, nodes: [...(record?.nodes ?? []), node], seq: 0, print: statePrint });
  }
  if (changed.length) {
    const first = await nextSeqs(db, changed.length);
    changed.forEach((record, k) => (record.seq = first + k));
  }
  await db.transaction('rw', db.syncDocs, db.syncState, async () => {
    await db.syncDocs.bulkPut(changed);
    await db.syncState.put({ id: SEEN, value: print });
  });
  return changed.length;
}

/**
 * Applies pulled site revisions: each tree grows, its winner is what the profile shows; concurrent live leaves
 * are merged (mergeSites) into a content-made child of the winner and the others closed, so every device
 * resolving the same conflict writes the same revisions. Losing states stay on their nodes. The profile's storage
 * is written before the records: a crash between leaves a local difference that the next pass merges again,
 * never a record claiming a state the profile does not have (which would push the old state back).
 */
export async function applySites(db: LibraryDb, store: SiteStore, docs: Doc[]): Promise<{ merged: number }> {
  const byId = new Map<string, Doc[]>();
  for (const doc of docs) byId.set(doc._id, [...(byId.get(doc._id) ?? []), doc]);
  const existing = await db.syncDocs.bulkGet([...byId.keys()]);
  const records: SyncDocRecord[] = [];
  const states: Record<string, SiteState> = {};
  for (const [k, [id, incoming]] of [...byId].entries()) {
    const record = existing[k] ?? { id, nodes: [], seq: 0, print: null };
    const planned = await planSite(record, incoming);
    const final = winner(planned.nodes);
    const state = final?.site && !final.deleted ? stateOfSite(final.site) : DEFAULT_SITE;
    states[id.slice(SITE_PREFIX.length)] = state;
    planned.print = sitePrint(state);
    records.push(planned);
  }
  const toPush = records.filter((r) => r.seq < 0);
  if (toPush.length) {
    const first = await nextSeqs(db, toPush.length);
    toPush.forEach((r, k) => (r.seq = first + k));
  }
  await store.write(states);
  await db.syncDocs.bulkPut(records);
  return { merged: toPush.length };
}

/** The record with the incoming revisions added and, on a conflict, merged; seq -1 when it must be pushed. */
async function planSite(record: SyncDocRecord, incoming: Doc[]): Promise<SyncDocRecord> {
  const { nodes } = grow(record, incoming, (doc) =>
    doc._deleted ? { deleted: true } : { deleted: false, site: docToSite(doc) },
  );
  const top = winner(nodes)!;
  if (top.deleted) return { ...record, nodes };
  const live = [top, ...conflicts(nodes)];
  if (live.length === 1 || live.some((n) => !n.site)) return { ...record, nodes };
  let base: SyncRevNode | undefined = live[0];
  for (const leaf of live.slice(1)) base = base && commonAncestor(nodes, base.rev, leaf.rev);
  const host = record.id.slice(SITE_PREFIX.length);
  const merged = mergeSites(
    live.map((n) => n.site!),
    base?.site,
  );
  const added: SyncRevNode[] = [];
  if (canonicalJson(merged) !== canonicalJson(top.site)) {
    added.push({ rev: await makeRev(top.rev, siteBody(host, merged)), parent: top.rev, deleted: false, site: merged });
  }
  for (const leaf of live.slice(1)) {
    added.push({ rev: await makeRev(leaf.rev, { _deleted: true }), parent: leaf.rev, deleted: true });
  }
  return { ...record, nodes: [...nodes, ...added], seq: -1 };
}

/** A pushed revision's body: every site revision seen here keeps its state on its node. */
export function siteDoc(record: SyncDocRecord, node: SyncRevNode): Doc | null {
  if (!node.site) return null;
  return { _id: record.id, ...siteBody(record.id.slice(SITE_PREFIX.length), node.site) };
}
