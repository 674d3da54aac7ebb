import { defineBackground } from 'wxt/utils/define-background';
import { registerBadge } from '@/utils/background/badge';
import { extractInBackground } from '@/utils/background/fetch/extract-in-background';
import { registerFetching } from '@/utils/background/fetch/register-fetching';
import { registerHighlights } from '@/utils/background/highlights';
import { libraryStore } from '@/utils/background/library-store';
import { registerLinkSaving } from '@/utils/background/save-link';
import { registerReadingPlace } from '@/utils/background/reading-place';
import { registerSaving } from '@/utils/background/saving';
import { registerSiteFilters } from '@/utils/background/site-filters';
import { registerSiteIcon } from '@/utils/background/site-icon';
import { registerSyncAlarm } from '@/utils/background/sync-alarm';
import { registerWelcome } from '@/utils/background/welcome';

export default defineBackground(() => {
  // Wiring only; each feature registers its listeners from utils/.
  const store = libraryStore();
  registerBadge();
  registerSaving(store);
  registerHighlights();
  registerSiteFilters();
  registerSiteIcon();
  const queue = registerFetching({ store, extract: extractInBackground });
  const links = registerLinkSaving(store, extractInBackground);
  // Test builds only (WXT_TEST_HOOKS=1): the e2e suite drives the queue and the menu items through this global.
  if (import.meta.env.WXT_TEST_HOOKS === '1')
    (globalThis as { siftFetching?: unknown }).siftFetching = { queue, links };
  registerWelcome();
  registerReadingPlace();
  registerSyncAlarm();
});
