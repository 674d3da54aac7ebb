// The popup's PopupApi over the extension APIs: which tab it reads, messages to that tab's content script
// (injected when missing), saving through the background, reader prefs in storage.
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/popup/PopupApi';
import { BUILD_STORES, classifyUrl } from '../article/classify-url';
import type { ExtractResult } from '../article/types';
import { sendMessage } from '../messaging/protocol';
import { loadReaderPrefs, saveReaderPrefs } from '../storage/reader-settings';
import { loadPosition } from '../storage/reading-positions';
import { PLACE_PORT, type PlaceMessage } from '../messaging/reading-place';
import { setSiteEnabled } from '../storage/site-settings';
import { readerRules, removeReaderRule } from '../storage/site-rules';
import { hiddenListInTab, showHiddenInTab, startPickerInTab } from '../messaging/page-tools-in-tab';
import { askTab, UnreachableTabError } from '../messaging/ask-tab';
import { extractInTab } from '../messaging/extract-in-tab';

/** The tab named by ?tab=<id> (tests, the full-tab view), else the active tab of the current window. */
async function targetTab(params: URLSearchParams): Promise<number | null> {
  const named = Number(params.get('tab'));
  if (params.has('tab')) return Number.isInteger(named) && named >= 0 ? named : null;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

const unreachable: ExtractResult = {
  ok: false,
  error: {
    kind: 'internal-page',
    message: 'Sift cannot read this page: it is a browser page, a store page or another page extensions may not enter.',
  },
};

// Chromium hides the Web Store's address from extensions (host permissions do not reach it), but says why it
// refuses to inject there: the popup can still call it a store page rather than a browser page.
const STORE_REFUSAL = /extensions gallery cannot be scripted/i;

// Firefox's PDF viewer takes no content scripts and the address need not end in .pdf; the viewer's own icon
// (chrome://global/skin/icons/pdf.svg) is what tells it apart from a page Sift may not enter.
function isPdfTab(tab: { url?: string; favIconUrl?: string } | undefined): boolean {
  return /\.pdf(?:$|[?#])/i.test(tab?.url ?? '') || /^chrome:\/\/.*\/pdf\.svg$/.test(tab?.favIconUrl ?? '');
}

// Dexie and the library's code load when the first article asks whether it is saved, not with popup.html.
const savedEntry = () => import('./saved-entry');

export async function createPopupApi(search: string): Promise<PopupApi> {
  // The figures code is not among popup.html's up-front scripts (issue 11's 25 KB): it loads beside the first
  // extraction round trip, which it would wait for anyway.
  const figures = import('../article/with-figures');
  figures.catch(() => undefined); // a failed load surfaces where the read awaits it
  const params = new URLSearchParams(search);
  const tabId = await targetTab(params);
  // Known only with activeTab or a host permission for the page; unknown for browser pages. Asked alongside the
  // first message rather than before it: the popup's time to article is mostly round trips.
  const tab = tabId === null ? Promise.resolve(undefined) : browser.tabs.get(tabId).catch(() => undefined);
  const ask = async <T>(work: (id: number) => Promise<T>, fallback: T): Promise<T> => {
    if (tabId === null) return fallback;
    try {
      return await work(tabId);
    } catch (error) {
      if (error instanceof UnreachableTabError) return fallback;
      throw error;
    }
  };
  const read = async (force: boolean): Promise<ExtractResult> => {
    let refusal = '';
    const answer = ask(
      (id) =>
        extractInTab(id, force).catch((error: unknown) => {
          refusal = String(error);
          throw error;
        }),
      null,
    );
    const url = (await tab)?.url;
    const refused = url ? classifyUrl(url, null, BUILD_STORES) : null;
    if (refused) {
      answer.catch(() => undefined);
      return { ok: false, error: refused };
    }
    const result = await answer;
    // Where the popup's time goes, for the bench (scripts/bench/popup-chromium.ts): the tab answered, figures added.
    performance.mark('sift:extracted');
    if (result) {
      const full = await (await figures).withFigures(result);
      performance.mark('sift:figures');
      return full;
    }
    if (isPdfTab(await tab))
      return { ok: false, error: { kind: 'pdf', message: 'This is a PDF: Sift reads web pages only.' } };
    if (STORE_REFUSAL.test(refusal)) return { ok: false, error: { kind: 'store-page', message: refusal } };
    return unreachable;
  };
  let placePort: ReturnType<typeof browser.runtime.connect> | null = null;
  // The first read starts now, while React mounts.
  let prefetched: Promise<ExtractResult> | null = read(false);
  prefetched.catch(() => undefined);
  return {
    tabId,
    full: params.get('full') === '1',
    read: (force) => {
      const first = prefetched;
      prefetched = null;
      return first && !force ? first : read(force);
    },
    cleanState: () => ask((id) => askTab(id, 'getCleanState'), null),
    showEverything: () => ask((id) => askTab(id, 'showEverything'), 0),
    cleanAgain: () => ask((id) => askTab(id, 'cleanAgain'), 0),
    setSiteEnabled,
    hiddenList: () => ask((id) => hiddenListInTab(id), []),
    showHidden: (index) => ask((id) => showHiddenInTab(id, index), false),
    startPicker: () => ask((id) => startPickerInTab(id), false),
    readerRules,
    removeReaderRule,
    save: async (draft) => {
      try {
        return await sendMessage('saveArticle', draft);
      } catch (error) {
        return { ok: false, error: String(error instanceof Error ? error.message : error) };
      }
    },
    openInTab: () => {
      if (tabId === null) return;
      void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}&full=1`) });
      if (!params.has('full')) window.close();
    },
    libraryUrl: browser.runtime.getURL('/library.html'),
    findSaved: async (url) => (await savedEntry()).findSaved(url),
    setSavedTags: async (id, tags) => (await savedEntry()).setSavedTags(id, tags),
    loadPosition: async (url, saved) => (saved ? saved.progress : loadPosition(url)),
    savePosition: async (url, saved, progress) => {
      // Through the background, which finishes the write after the popup has closed (utils/messaging/reading-place).
      if (!placePort) {
        placePort = browser.runtime.connect({ name: PLACE_PORT });
        placePort.onDisconnect.addListener(() => (placePort = null));
      }
      placePort.postMessage({ url, savedId: saved?.id ?? null, progress } satisfies PlaceMessage);
    },
    loadPrefs: loadReaderPrefs,
    savePrefs: saveReaderPrefs,
    pageHighlights: (canonicalUrl) => sendMessage('pageHighlights', canonicalUrl),
    changeHighlight: (change) => sendMessage('changeHighlight', change),
  };
}
