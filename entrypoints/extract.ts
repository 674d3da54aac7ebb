import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readArticle } from '@/utils/article/read-article';
import { BUILD_STORES } from '@/utils/article/classify-url';
import { EXTRACT_GLOBAL } from '@/utils/messaging/extract-global';

// Injected on demand (utils/messaging/extract-in-tab.ts) when the popup opens: Readability and the sanitiser load
// only then, never with every page (the clean content script only cleans). No figure code: the popup adds the
// figures, loading only the page language's tables (utils/article/with-figures.ts).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[EXTRACT_GLOBAL] = (force: boolean) =>
    readArticle(document, location.href, {
      force,
      contentType: document.contentType,
      stores: BUILD_STORES,
    });
});
