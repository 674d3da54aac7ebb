import { filterListRules, type SiteFilters } from '../clean/filter-list';
import type { ClutterRule } from '../clean/rules';
import { sendMessage } from '../messaging/protocol';

// The generic list rules are a stylesheet (entrypoints/early.content); only this host's own rules come as rules.
const NO_GENERIC = { classes: [], ids: [], keyed: [] };

/** This host's share of the filter lists from the background: its rules (through the article guard) and exceptions. */
export async function siteFiltersFor(host: string): Promise<SiteFilters> {
  return sendMessage('getSiteFilters', host).catch(() => ({ selectors: [], exceptions: [] }));
}

export function siteRules(site: SiteFilters): ClutterRule[] {
  return filterListRules(NO_GENERIC, site);
}
