import { registerBadge } from '@/utils/badge';

export default defineBackground(() => {
  // Wiring only; each feature registers its listeners from utils/.
  registerBadge();
});
