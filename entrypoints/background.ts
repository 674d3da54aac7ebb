import { defineBackground } from 'wxt/utils/define-background';
import { registerBadge } from '@/utils/background/badge';
import { registerHighlights } from '@/utils/background/highlights';
import { libraryStore } from '@/utils/background/library-store';
import { registerSaving } from '@/utils/background/saving';
import { registerSiteFilters } from '@/utils/background/site-filters';
import { registerSiteIcon } from '@/utils/background/site-icon';

export default defineBackground(() => {
  // Wiring only; each feature registers its listeners from utils/.
  registerBadge();
  registerSaving(libraryStore());
  registerHighlights();
  registerSiteFilters();
  registerSiteIcon();
});
