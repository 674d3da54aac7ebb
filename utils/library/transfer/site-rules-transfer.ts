// The reader's site rules (picker: "Hide something else", and "Show" on what Sift hid) travel in Sift JSON beside
// the articles, so a library moved to another browser cleans its pages the same way. An import adds to the rules
// already there (never removes one); a file's rules are checked as strictly as its articles.
import type { SiteRules } from '../../storage/site-rules';

const MAX_SITES = 10_000;
const MAX_SELECTORS = 500;
const MAX_SELECTOR = 500;

const selectors = (value: unknown): string[] =>
  Array.isArray(value)
    ? [
        ...new Set(
          value.filter((s): s is string => typeof s === 'string' && s.trim() !== '' && s.length <= MAX_SELECTOR),
        ),
      ].slice(0, MAX_SELECTORS)
    : [];

/** The usable part of a file's `siteRules`: sites as lower-case host names, selectors as strings within bounds. */
export function readSiteRules(value: unknown): SiteRules {
  const rules: SiteRules = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return rules;
  for (const [site, entry] of Object.entries(value as Record<string, unknown>).slice(0, MAX_SITES)) {
    const key = site.toLowerCase().replace(/^www\./, '');
    if (!/^[a-z0-9.-]{1,253}$/.test(key) || !entry || typeof entry !== 'object') continue;
    const { hide, show } = entry as { hide?: unknown; show?: unknown };
    const kept = { hide: selectors(hide), show: selectors(show) };
    if (kept.hide.length || kept.show.length) rules[key] = kept;
  }
  return rules;
}

/** `into` with `from`'s rules added (each selector once); `added` counts the selectors that were new. */
export function mergeSiteRules(into: SiteRules, from: SiteRules): { rules: SiteRules; added: number } {
  const rules: SiteRules = { ...into };
  let added = 0;
  for (const [site, entry] of Object.entries(from)) {
    const had = rules[site] ?? {};
    const merged = { hide: [...(had.hide ?? [])], show: [...(had.show ?? [])] };
    for (const kind of ['hide', 'show'] as const) {
      for (const selector of entry[kind] ?? []) {
        if (merged[kind].includes(selector) || merged[kind].length >= MAX_SELECTORS) continue;
        merged[kind].push(selector);
        added++;
      }
    }
    rules[site] = merged;
  }
  return { rules, added };
}

/** Where the library page reads and adds the rules (extension storage); absent in Node callers. */
export interface SiteRulesStore {
  read(): Promise<SiteRules>;
  /** Adds a file's rules to the stored ones; resolves with how many selectors were new. */
  merge(rules: SiteRules): Promise<number>;
}
