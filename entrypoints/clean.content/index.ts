import { defineContentScript } from 'wxt/utils/define-content-script';
import './style.css';
import { defaultRules, pageScanner } from '@/utils/clean';
import { locateArticle } from '@/utils/clean/locate-article';
import { looksLikeArticle } from '@/utils/clean/looks-like-article';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { keepShown, mustStayShown, setEarlySheet } from '@/utils/content/early-sheet';
import { siteFiltersFor, siteRules } from '@/utils/content/filter-rules';
import { createCleaner } from '@/utils/content/page-cleaner';
import { isSiteEnabled, watchSiteEnabled } from '@/utils/storage/site-settings';
import { readerRules, watchReaderRules, type ReaderRules } from '@/utils/storage/site-rules';
import { matchesAny, pickedRule } from '@/utils/content/reader-rules';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Wiring only: decisions live in utils/. Everything registered here is released on ctx invalidation. This
    // script only cleans: extraction is injected when the popup opens or a page is saved (entrypoints/extract.ts).
    const gateStart = performance.now();
    const isArticle = looksLikeArticle(document, new URL(location.href));
    // Timed for the bench beside each pass; on pages that are not articles Sift leaves no trace at all.
    if (isArticle) performance.measure('sift:gate', { start: gateStart });
    let siteEnabled = await isSiteEnabled(location.hostname);
    const site = isArticle ? await siteFiltersFor(location.hostname) : { selectors: [], exceptions: [] };
    // The reader's own rules (picked blocks, blocks kept shown) join the lists' and Sift's, guard and all.
    let own: ReaderRules = await readerRules(location.hostname);
    const scannerFor = (rules: ReaderRules) =>
      pageScanner([...defaultRules, ...siteRules(site), pickedRule(rules.hide)]);
    let scanner = scannerFor(own);
    const cleaner = createCleaner(document, {
      scan: (doc, within) => scanner(doc, within),
      report: (count) => void sendMessage('reportHidden', count).catch(() => undefined),
      keep: (el) => matchesAny(el, own.show),
    });
    // The early stylesheet, held to the article guard: on where Sift cleans, and the article kept in view.
    const early = (on: boolean) => {
      setEarlySheet(document, on);
      if (on) {
        const exceptions = [...site.exceptions, ...own.show];
        keepShown(document, mustStayShown(document, locateArticle(document)?.root ?? null, exceptions));
      }
    };
    const cleanIfWanted = () => {
      early(isArticle && siteEnabled);
      return isArticle && siteEnabled ? cleaner.clean() : 0;
    };
    const showEverything = () => {
      early(false);
      return cleaner.showEverything();
    };

    const listeners = [
      onMessage('getCleanState', () => ({ hidden: cleaner.hiddenCount(), siteEnabled })),
      onMessage('showEverything', showEverything),
      onMessage('cleanAgain', () => (early(true), cleaner.clean())),
      watchReaderRules(location.hostname, (rules) => {
        own = rules;
        scanner = scannerFor(own);
        // A picked block is hidden at once even on a page Sift does not clean (the picker marks it too).
        if (isArticle && siteEnabled) {
          cleaner.showEverything();
          cleanIfWanted();
        }
      }),
      watchSiteEnabled(location.hostname, (enabled) => {
        siteEnabled = enabled;
        if (enabled) cleanIfWanted();
        else showEverything();
      }),
    ];
    ctx.onInvalidated(() => {
      for (const stop of listeners) stop();
      cleaner.dispose();
    });

    cleanIfWanted();
  },
});
