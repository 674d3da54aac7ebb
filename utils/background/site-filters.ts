import sites from '@/generated/filter-lists/sites.json';
import { siteFilters, type FilterListSites } from '../clean/filter-list';
import { onMessage } from '../messaging/protocol';

/**
 * Answers content scripts with their host's share of the filter lists' per-site rules. The tables (hundreds of kB)
 * live here, loaded once, so a page's script carries only the generic index and its own site's rules.
 */
export function registerSiteFilters(): () => void {
  return onMessage('getSiteFilters', ({ data }) =>
    typeof data === 'string' && data.length < 256
      ? siteFilters(sites as FilterListSites, data)
      : { selectors: [], exceptions: [] },
  );
}
