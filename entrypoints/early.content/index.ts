import { defineContentScript } from 'wxt/utils/define-content-script';
import '@/generated/filter-lists/generic.css';
import '@/generated/filter-lists/own.css';
import './plain-rules.css';
import { EARLY_ATTR } from '@/utils/content/early-attr';
import { sendMessage } from '@/utils/messaging/protocol';
import { isSiteEnabled } from '@/utils/storage/site-settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main() {
    // Clutter a plain selector describes (the lists' generic rules, Sift's own plain names) is hidden from the first
    // paint by this script's stylesheet, which applies only under html[data-sift-early]. A site's front page is not
    // an article: nothing there. Elsewhere the clean script lifts the attribute at idle if the page is not an
    // article, and keeps the article shown (early-sheet.ts).
    const root = document.documentElement;
    if (!root || location.pathname === '/' || location.pathname === '/index.html') return;
    root.setAttribute(EARLY_ATTR, '');
    // This host's list rules come from the background as a stylesheet under the same gate (site-filters.ts).
    void sendMessage('insertSiteSheet', location.hostname).catch(() => undefined);
    // The site switch is in extension storage, which answers asynchronously, almost always before the first paint.
    void isSiteEnabled(location.hostname).then(
      (enabled) => enabled || root.removeAttribute(EARLY_ATTR),
      () => root.removeAttribute(EARLY_ATTR),
    );
  },
});
