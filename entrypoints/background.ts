import { registerBadge } from '@/utils/badge';
import { libraryStore } from '@/utils/library-store';
import { registerSaving } from '@/utils/saving';

export default defineBackground(() => {
  // Wiring only; each feature registers its listeners from utils/.
  registerBadge();
  registerSaving(libraryStore());
});
