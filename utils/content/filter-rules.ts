import generic from '@/generated/filter-lists/generic.json';
import { filterListRules, type FilterListGeneric } from '../clean/filter-list';
import type { ClutterRule } from '../clean/rules';
import { sendMessage } from '../messaging/protocol';

/** The filter lists' rules for this page: the bundled generic index and this host's rules from the background. */
export async function filterRulesFor(host: string): Promise<ClutterRule[]> {
  const site = await sendMessage('getSiteFilters', host).catch(() => ({ selectors: [], exceptions: [] }));
  return filterListRules(generic as FilterListGeneric, site);
}
