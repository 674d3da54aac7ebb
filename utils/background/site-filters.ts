import { browser } from 'wxt/browser';
import { siteFilters, type FilterListSites, type SiteFilters } from '../clean/filter-list';
import { onMessage } from '../messaging/protocol';

const NONE: SiteFilters = { selectors: [], exceptions: [] };
let tables: Promise<FilterListSites | null> | null = null;

// The per-site tables (hundreds of kB) are a file of the extension, read on the first page that asks and kept while
// the worker lives: bundled, they would be parsed at every wake, badge updates included. No file (built without
// the lists package): no list rules, Sift's own still apply.
function loadTables(): Promise<FilterListSites | null> {
  tables ??= fetch(browser.runtime.getURL('/filter-lists/sites.json'))
    .then((response) => (response.ok ? (response.json() as Promise<FilterListSites>) : null))
    .catch(() => null);
  return tables;
}

/** Answers content scripts with their host's share of the filter lists' per-site rules and exceptions. */
export function registerSiteFilters(): () => void {
  return onMessage('getSiteFilters', async ({ data }) => {
    if (typeof data !== 'string' || data.length >= 256) return NONE;
    const loaded = await loadTables();
    return loaded ? siteFilters(loaded, data) : NONE;
  });
}
