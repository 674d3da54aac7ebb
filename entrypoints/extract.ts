import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/utils/article/extract-article';
import { EXTRACT_GLOBAL } from '@/utils/messaging/extract-global';

// Injected on demand (utils/messaging/extract-in-tab.ts) when the popup opens or a page is saved: Readability,
// figures and the sanitiser load only then, never with every page (the clean content script only cleans).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[EXTRACT_GLOBAL] = (force: boolean) =>
    extractArticle(document, location.href, { force, contentType: document.contentType });
});
