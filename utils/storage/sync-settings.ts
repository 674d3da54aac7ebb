// Sync settings and status, in storage.local on this device only: never in exports, never logged. Off by default.
import { storage } from 'wxt/utils/storage';

export interface SyncSettings {
  enabled: boolean;
  url: string;
  db: string;
  user: string;
  password: string;
}

export interface SyncStatus {
  lastSync: number | null;
  pulled: number;
  pushed: number;
  /** The last error in words ('' after a good sync). */
  lastError: string;
  /** Failures in a row, for the backoff before the next automatic attempt. */
  failures: number;
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = { enabled: false, url: '', db: 'sift', user: '', password: '' };
export const EMPTY_SYNC_STATUS: SyncStatus = { lastSync: null, pulled: 0, pushed: 0, lastError: '', failures: 0 };

const settingsItem = storage.defineItem<SyncSettings>('local:syncSettings', { fallback: DEFAULT_SYNC_SETTINGS });
const statusItem = storage.defineItem<SyncStatus>('local:syncStatus', { fallback: EMPTY_SYNC_STATUS });

/** What the Sync section reads and writes; tests hand it an in-memory one. */
export interface SyncStore {
  settings(): Promise<SyncSettings>;
  saveSettings(settings: SyncSettings): Promise<void>;
  status(): Promise<SyncStatus>;
  saveStatus(status: SyncStatus): Promise<void>;
}

export const syncStore: SyncStore = {
  settings: async () => ({ ...DEFAULT_SYNC_SETTINGS, ...(await settingsItem.getValue()) }),
  saveSettings: (settings) => settingsItem.setValue(settings),
  status: async () => ({ ...EMPTY_SYNC_STATUS, ...(await statusItem.getValue()) }),
  saveStatus: (status) => statusItem.setValue(status),
};

/** Calls `onChange` whenever the settings change, in any context (the background schedules its alarm on it). */
export function watchSyncSettings(onChange: (settings: SyncSettings) => void): () => void {
  return settingsItem.watch((value) => onChange({ ...DEFAULT_SYNC_SETTINGS, ...value }));
}
