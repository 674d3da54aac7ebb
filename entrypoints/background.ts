import { defineBackground } from 'wxt/utils/define-background';
import { registerBadge } from '@/utils/background/badge';
import { libraryStore } from '@/utils/background/library-store';
import { registerReadingPlace } from '@/utils/background/reading-place';
import { registerSaving } from '@/utils/background/saving';
import { registerSiteFilters } from '@/utils/background/site-filters';
import { registerSiteIcon } from '@/utils/background/site-icon';

export default defineBackground(() => {
  // Wiring only; each feature registers its listeners from utils/.
  registerBadge();
  registerSaving(libraryStore());
  registerSiteFilters();
  registerSiteIcon();
  registerReadingPlace();
});
