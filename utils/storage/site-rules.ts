// The reader's own rules per site: blocks they picked to hide ("Hide something else") and blocks Sift hid that
// they asked to keep shown ("Show" in the popup's list). Kept in extension storage, so they hold across reloads.
import { storage } from 'wxt/utils/storage';
import { siteKey } from './site-settings';

export interface ReaderRules {
  /** CSS selectors of blocks to hide on this site (through the article guard, like every rule). */
  hide: string[];
  /** CSS selectors of blocks Sift must leave shown on this site. */
  show: string[];
}

/** `{ "example.com": { hide: [...], show: [...] } }`: only sites with a rule are listed. */
export type SiteRules = Record<string, Partial<ReaderRules>>;

/** storage.local key (tests read it under this name). */
export const SITE_RULES_KEY = 'siteRules';
const MAX_SELECTOR = 500;

const item = storage.defineItem<SiteRules>(`local:${SITE_RULES_KEY}`, { fallback: {} });

const of = (all: SiteRules, hostname: string): ReaderRules => {
  const entry = all[siteKey(hostname)];
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  return { hide: list(entry?.hide), show: list(entry?.show) };
};

export async function readerRules(hostname: string): Promise<ReaderRules> {
  return of(await item.getValue(), hostname);
}

async function change(hostname: string, edit: (rules: ReaderRules) => void): Promise<void> {
  const all = { ...(await item.getValue()) };
  const rules = of(all, hostname);
  edit(rules);
  if (rules.hide.length || rules.show.length) all[siteKey(hostname)] = rules;
  else delete all[siteKey(hostname)];
  await item.setValue(all);
}

export async function addReaderRule(hostname: string, kind: keyof ReaderRules, selector: string): Promise<void> {
  if (!selector || selector.length > MAX_SELECTOR) return;
  await change(hostname, (rules) => {
    if (!rules[kind].includes(selector)) rules[kind].push(selector);
  });
}

export async function removeReaderRule(hostname: string, kind: keyof ReaderRules, selector: string): Promise<void> {
  await change(hostname, (rules) => {
    rules[kind] = rules[kind].filter((s) => s !== selector);
  });
}

/** Every site's rules, for the library's Sift JSON export. */
export const allSiteRules = (): Promise<SiteRules> => item.getValue();

/** Adds rules read from an imported file (already checked: readSiteRules); resolves with how many were new. */
export async function addSiteRules(
  rules: SiteRules,
  merge: (into: SiteRules, from: SiteRules) => { rules: SiteRules; added: number },
): Promise<number> {
  const merged = merge(await item.getValue(), rules);
  if (merged.added) await item.setValue(merged.rules);
  return merged.added;
}

/** Calls back with the site's rules whenever they change (the picker, the popup, another tab). */
export function watchReaderRules(hostname: string, callback: (rules: ReaderRules) => void): () => void {
  return item.watch((next) => callback(of(next ?? {}, hostname)));
}

/** Every site's rules, for the settings page (each list cleaned as readerRules does). */
export async function allReaderRules(): Promise<Record<string, ReaderRules>> {
  const all = await item.getValue();
  return Object.fromEntries(Object.keys(all).map((site) => [site, of(all, site)]));
}

/** Calls back whenever any site's rules change. */
export function watchAllReaderRules(callback: () => void): () => void {
  return item.watch(() => callback());
}
