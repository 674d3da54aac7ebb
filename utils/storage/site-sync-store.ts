// The profile's per-site switches (site-settings.ts) and picker rules (site-rules.ts) as sync sees them: one state
// per site. Pulled states are written back under the same keys, so open tabs and the popup follow them (they watch
// these items).
import { storage } from 'wxt/utils/storage';
import type { SiteState, SiteStore } from '../sync/site-doc';
import { SITE_RULES_KEY, type SiteRules } from './site-rules';
import { SITE_SETTINGS_KEY, type SiteSettings } from './site-settings';

const settingsKey = `local:${SITE_SETTINGS_KEY}` as const;
const rulesKey = `local:${SITE_RULES_KEY}` as const;
const list = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && !!s) : []);

async function readBoth(): Promise<[SiteSettings, SiteRules]> {
  const [settings, rules] = await Promise.all([
    storage.getItem<SiteSettings>(settingsKey),
    storage.getItem<SiteRules>(rulesKey),
  ]);
  return [settings ?? {}, rules ?? {}];
}

export const siteSyncStore: SiteStore = {
  async read() {
    const [settings, rules] = await readBoth();
    const states: Record<string, SiteState> = {};
    for (const host of new Set([...Object.keys(settings), ...Object.keys(rules)])) {
      const state = {
        enabled: settings[host]?.enabled ?? true,
        hide: list(rules[host]?.hide),
        show: list(rules[host]?.show),
      };
      if (!state.enabled || state.hide.length || state.show.length) states[host] = state;
    }
    return states;
  },
  async write(states) {
    // Read just before writing and change only the synced sites: a rule added meanwhile on another site stays.
    const [settings, rules] = await readBoth();
    const nextSettings = { ...settings };
    const nextRules = { ...rules };
    for (const [host, state] of Object.entries(states)) {
      if (state.enabled) delete nextSettings[host];
      else nextSettings[host] = { enabled: false };
      if (state.hide.length || state.show.length) nextRules[host] = { hide: [...state.hide], show: [...state.show] };
      else delete nextRules[host];
    }
    await storage.setItems([
      { key: settingsKey, value: nextSettings },
      { key: rulesKey, value: nextRules },
    ]);
  },
};
