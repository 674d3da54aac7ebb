import type { ClutterRule } from './rules';

/** Generic element-hiding rules of the bundled filter lists, indexed so one look at an element checks them all. */
export interface FilterListGeneric {
  /** "##.ad-banner" as "ad-banner". */
  classes: string[];
  /** "###ad_300" as "ad_300". */
  ids: string[];
  /** Other generic selectors, each under the class or id ("." or "#" prefixed) its last part needs. */
  keyed: [string, string][];
}

/** Per-site rules and exceptions, by host ("bbc.co.uk" also applies on "www.bbc.co.uk"). */
export interface FilterListSites {
  sites: Record<string, string[]>;
  exceptions: Record<string, string[]>;
}

/** Where the lists came from, for the README's attribution and the popup's "lists of <date>". */
export interface FilterListSource {
  lists: string[];
  /** ISO date of the lists (the package's files). */
  date: string;
  /** Version of the package that shipped them. */
  version: string;
}

/** One site's share of the lists: what to hide there and which generic rules not to apply. */
export interface SiteFilters {
  selectors: string[];
  exceptions: string[];
}

/** The index a list rule carries (see find-clutter's visit). */
export interface ListIndex {
  classes: Set<string>;
  ids: Set<string>;
  keyed: Map<string, string[]>;
}

/** The host and each parent domain, most specific first: "www.bbc.co.uk", "bbc.co.uk", "co.uk". */
export function hostKeys(host: string): string[] {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}

/** One site's rules out of the per-site tables. */
export function siteFilters(data: FilterListSites, host: string): SiteFilters {
  const keys = hostKeys(host);
  return {
    selectors: keys.flatMap((k) => data.sites[k] ?? []),
    exceptions: keys.flatMap((k) => data.exceptions[k] ?? []),
  };
}

/**
 * The lists as Sift rules for one page: the generic index less the site's exceptions, and the site's own selectors.
 * They go through the same article guard as Sift's rules.
 */
export function filterListRules(generic: FilterListGeneric, site: SiteFilters): ClutterRule[] {
  const except = new Set(site.exceptions);
  const keep = (prefix: string) => (name: string) => !except.has(prefix + name);
  const keyed = new Map<string, string[]>();
  for (const [key, selector] of generic.keyed) {
    if (except.has(selector)) continue;
    const list = keyed.get(key);
    if (list) list.push(selector);
    else keyed.set(key, [selector]);
  }
  const index: ListIndex = {
    classes: new Set(except.size ? generic.classes.filter(keep('.')) : generic.classes),
    ids: new Set(except.size ? generic.ids.filter(keep('#')) : generic.ids),
    keyed,
  };
  const rules: ClutterRule[] = [{ name: 'filter-list', kind: 'ad', list: index }];
  const own = site.selectors.filter((s) => !except.has(s));
  if (own.length) rules.push({ name: 'filter-list-site', kind: 'ad', selectors: own });
  return rules;
}

/** The list selector an element matches, by its id and classes (and the selectors keyed by them), or null. */
export function matchList(el: Element, list: ListIndex): string | null {
  const id = el.getAttribute('id');
  if (id && list.ids.has(id)) return `#${id}`;
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  for (const c of classes) if (list.classes.has(c)) return `.${c}`;
  if (!list.keyed.size) return null;
  for (const key of id ? [`#${id}`, ...classes.map((c) => `.${c}`)] : classes.map((c) => `.${c}`)) {
    for (const selector of list.keyed.get(key) ?? []) {
      try {
        if (el.matches(selector)) return selector;
      } catch {
        // unparsable here: skip it
      }
    }
  }
  return null;
}

// A paragraph this long is somebody's writing, not an ad's line.
const PROSE_CHARS = 150;

/** True when a block holds a paragraph of prose: a list rule never takes it (see find-clutter). */
export function holdsProse(el: Element): boolean {
  for (const p of el.getElementsByTagName('p')) if ((p.textContent?.length ?? 0) >= PROSE_CHARS) return true;
  return false;
}
