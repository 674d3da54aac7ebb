import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/utils/article/extract-article';
import { EXTRACT_FOR_SAVE_GLOBAL } from '@/utils/messaging/extract-global';

// Injected when a page is saved from the menu or the shortcut (no popup to add figures): the article with its
// figures in any language, read in the tab, so the service worker carries no figure code (issue 11's budget).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[EXTRACT_FOR_SAVE_GLOBAL] = (force: boolean) =>
    extractArticle(document, location.href, { force, contentType: document.contentType });
});
