import { defineContentScript } from 'wxt/utils/define-content-script';
import './style.css';
import { readArticle } from '@/utils/article/read-article';
import { defaultRules, pageScanner } from '@/utils/clean';
import { looksLikeArticle } from '@/utils/clean/looks-like-article';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { filterRulesFor } from '@/utils/content/filter-rules';
import { createCleaner } from '@/utils/content/page-cleaner';
import { isSiteEnabled, watchSiteEnabled } from '@/utils/storage/site-settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Wiring only: decisions live in utils/. Everything registered here is released on ctx invalidation.
    const gateStart = performance.now();
    const isArticle = looksLikeArticle(document, new URL(location.href));
    // Timed for the bench beside each pass; on pages that are not articles Sift leaves no trace at all.
    if (isArticle) performance.measure('sift:gate', { start: gateStart });
    let siteEnabled = await isSiteEnabled(location.hostname);
    const listRules = isArticle ? await filterRulesFor(location.hostname) : [];
    const cleaner = createCleaner(document, {
      scan: pageScanner([...defaultRules, ...listRules]),
      report: (count) => void sendMessage('reportHidden', count).catch(() => undefined),
    });
    const cleanIfWanted = () => (isArticle && siteEnabled ? cleaner.clean() : 0);

    const listeners = [
      onMessage('getCleanState', () => ({ hidden: cleaner.hiddenCount(), siteEnabled })),
      onMessage('showEverything', () => cleaner.showEverything()),
      onMessage('cleanAgain', () => cleaner.clean()),
      // readArticle works on its own clone of the document (never the live page), so no clone is made here. The
      // popup adds the key figures: their code is no weight on every page.
      onMessage('getArticle', ({ data }) =>
        readArticle(document, location.href, { force: data?.force === true, contentType: document.contentType }),
      ),
      watchSiteEnabled(location.hostname, (enabled) => {
        siteEnabled = enabled;
        if (enabled) cleanIfWanted();
        else cleaner.showEverything();
      }),
    ];
    ctx.onInvalidated(() => {
      for (const stop of listeners) stop();
      cleaner.dispose();
    });

    cleanIfWanted();
  },
});
