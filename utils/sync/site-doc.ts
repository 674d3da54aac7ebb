import type { SyncSiteState } from '../library/db/types';
import { mergeSets } from './merge';
import { canonicalJson } from './rev-id';

// One CouchDB document per site the reader changed (`site:<host>`): its cleaning switch and its picker rules
// (blocks to hide, blocks Sift must leave shown). A site turned back to its defaults stays a live document with
// the defaults, never a tombstone, so a rule added on one side and the last rule removed on the other still merge
// field by field (a tombstone would carry no fields to merge with).

export const SITE_PREFIX = 'site:';
export const SITE_TYPE = 'sift-site';
/** At most this many rules per list, each at most this long (as the site rules' import allows). */
const MAX = 500;

/** What the library's side holds for a site (browser storage): the switch and the two rule lists. */
export interface SiteState {
  enabled: boolean;
  hide: string[];
  show: string[];
}

/** Where a profile keeps its per-site choices; sync reads and writes them through this (tests: in memory). */
export interface SiteStore {
  /** Every site the reader changed from the defaults, by host (lower case, no "www."). */
  read(): Promise<Record<string, SiteState>>;
  /** Sets these sites' states; a state equal to the defaults drops the site's entries. */
  write(states: Record<string, SiteState>): Promise<void>;
}

export const DEFAULT_SITE: SiteState = { enabled: true, hide: [], show: [] };
export const siteDocId = (host: string) => SITE_PREFIX + host;
export const isDefaultSite = (s: SiteState) => s.enabled && !s.hide.length && !s.show.length;
/** What a local edit is measured against: the site's state exactly as the profile holds it. */
export const sitePrint = (s: SiteState): string => canonicalJson({ enabled: s.enabled, hide: s.hide, show: s.show });

export const siteBody = (host: string, site: SyncSiteState) => ({ type: SITE_TYPE, host, ...site });
export const stateOfSite = (site: SyncSiteState): SiteState => ({
  enabled: site.enabled,
  hide: [...site.hide],
  show: [...site.show],
});

const selectors = (v: unknown) =>
  Array.isArray(v) && v.length <= MAX && v.every((s) => typeof s === 'string' && s.length > 0 && s.length <= MAX);

/** A Sift site document, or the reason it is not one (a database of other documents is refused on this). */
export function checkSiteDoc(docId: string, doc: Record<string, unknown>): string | null {
  const ok =
    doc.type === SITE_TYPE &&
    typeof doc.host === 'string' &&
    /^[a-z0-9.-]{1,253}$/.test(doc.host) &&
    docId === siteDocId(doc.host) &&
    typeof doc.enabled === 'boolean' &&
    Number.isFinite(doc.enabledAt) &&
    selectors(doc.hide) &&
    selectors(doc.show);
  return ok ? null : `${docId}: not a well-formed Sift site`;
}

export function docToSite(doc: Record<string, unknown>): SyncSiteState {
  return {
    enabled: doc.enabled as boolean,
    enabledAt: doc.enabledAt as number,
    hide: [...(doc.hide as string[])],
    show: [...(doc.show as string[])],
  };
}

/**
 * Concurrent states of one site, `leaves` in CouchDB's winner order: the switch by its latest change (ties: the
 * earlier leaf), each rule list as a set against `base` (the revision they all descend from, when known): a rule
 * the base had stays only if every leaf kept it (a removal wins only over the rule it saw), a rule the base lacked
 * was added by someone and stays. Pure: every device merging the same leaves makes the same state.
 */
export function mergeSites(leaves: readonly SyncSiteState[], base: SyncSiteState | undefined): SyncSiteState {
  const latest = leaves.reduce((best, leaf) => (leaf.enabledAt > best.enabledAt ? leaf : best), leaves[0]!);
  return {
    enabled: latest.enabled,
    enabledAt: latest.enabledAt,
    hide: mergeSets(
      leaves.map((l) => l.hide),
      base?.hide,
    ),
    show: mergeSets(
      leaves.map((l) => l.show),
      base?.show,
    ),
  };
}
