import { createRoot } from 'react-dom/client';
import type { LibraryDb } from '../../utils/library/db/db';
import { syncStore, type SyncSettings as Settings } from '../../utils/storage/sync-settings';
import { autoSync } from '../../utils/sync/auto-sync';
import { configOf, runSync } from '../../utils/sync/run-sync';
import { testConnection } from '../../utils/sync/sync';
import { SyncSettings } from './SyncSettings';

/**
 * Draws the Sync section into `container`, syncing the page's own library, and keeps syncing (longpoll) while
 * the page is open and sync is on. Loaded only after the list is up.
 */
export function mountSyncSettings(container: HTMLElement, db: LibraryDb): void {
  let loop: AbortController | null = null;
  const restart = () => {
    loop?.abort();
    loop = new AbortController();
    void autoSync(db, syncStore, loop.signal);
  };
  const store = {
    ...syncStore,
    saveSettings: async (settings: Settings) => {
      const before = await syncStore.settings();
      await syncStore.saveSettings(settings);
      if (settings.enabled !== before.enabled) restart();
    },
  };
  createRoot(container).render(
    <SyncSettings
      store={store}
      run={(progress) => runSync(db, syncStore, progress)}
      test={(settings: Settings) => testConnection(configOf(settings))}
    />,
  );
  restart();
}
