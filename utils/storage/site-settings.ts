// Per-site off switch, kept in extension storage so it survives reloads and restarts, exportable as plain JSON.
import { storage } from 'wxt/utils/storage';

/** `{ "example.com": { "enabled": false } }`: only sites the reader changed are listed. */
export type SiteSettings = Record<string, { enabled: boolean }>;

/** storage.local key (extension pages and tests read it under this name). */
export const SITE_SETTINGS_KEY = 'siteSettings';

const item = storage.defineItem<SiteSettings>(`local:${SITE_SETTINGS_KEY}`, { fallback: {} });

/** The key a site is stored under: lower case, without a leading "www." (one switch for both). */
export function siteKey(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

export async function isSiteEnabled(hostname: string): Promise<boolean> {
  return (await item.getValue())[siteKey(hostname)]?.enabled ?? true;
}

export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const all = { ...(await item.getValue()) };
  // Cleaning on is the default: drop the entry rather than store it, so the export lists real choices only.
  if (enabled) delete all[siteKey(hostname)];
  else all[siteKey(hostname)] = { enabled: false };
  await item.setValue(all);
}

/** Calls back with the site's new state whenever the switch changes (from the popup or another tab). */
export function watchSiteEnabled(hostname: string, callback: (enabled: boolean) => void): () => void {
  const key = siteKey(hostname);
  return item.watch((next) => callback(next?.[key]?.enabled ?? true));
}

/** Calls back whenever any site's switch changes (the toolbar icon of every tab follows). */
export function watchAllSites(callback: () => void): () => void {
  return item.watch(() => callback());
}

export async function exportSiteSettings(): Promise<SiteSettings> {
  return { ...(await item.getValue()) };
}

/** Merges settings from an export; entries that are not `{ enabled: boolean }` are refused. Returns how many were taken. */
export async function importSiteSettings(json: unknown): Promise<number> {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new TypeError('site settings must be a JSON object');
  const all = { ...(await item.getValue()) };
  let taken = 0;
  for (const [host, value] of Object.entries(json as Record<string, unknown>)) {
    const enabled = (value as { enabled?: unknown } | null)?.enabled;
    if (typeof enabled !== 'boolean' || !host.trim()) continue;
    if (enabled) delete all[siteKey(host)];
    else all[siteKey(host)] = { enabled };
    taken++;
  }
  await item.setValue(all);
  return taken;
}
