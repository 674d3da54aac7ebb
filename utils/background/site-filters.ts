import { browser } from 'wxt/browser';
import { siteFilters, type FilterListSites, type SiteFilters } from '../clean/filter-list';
import { siteSheetCss } from '../clean/site-sheet';
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

async function filtersFor(host: unknown): Promise<SiteFilters> {
  if (typeof host !== 'string' || host.length >= 256) return NONE;
  const loaded = await loadTables();
  return loaded ? siteFilters(loaded, host) : NONE;
}

/**
 * Answers content scripts with their host's share of the filter lists' per-site rules and exceptions, and inserts
 * them as a stylesheet into the frame of the early script that asks, so they hide before the first paint as the
 * generic ones do. insertCSS, not a <style> the page could see or its CSP refuse; under the early gate, which the
 * clean script lifts where Sift is off or the page is not an article.
 */
export function registerSiteFilters(): () => void {
  const stops = [
    onMessage('getSiteFilters', ({ data }) => filtersFor(data)),
    onMessage('insertSiteSheet', async ({ data, sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      const css = siteSheetCss(await filtersFor(data));
      if (!css) return;
      const frameIds = sender.frameId === undefined ? undefined : [sender.frameId];
      await browser.scripting.insertCSS({ target: { tabId, frameIds }, css }).catch(() => undefined);
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
