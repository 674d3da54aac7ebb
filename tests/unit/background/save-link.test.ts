import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractHtml } from '../../../utils/background/fetch/extract-html';
import type { ExtractHtml } from '../../../utils/background/fetch/fetch-article';
import {
  OPEN_LIBRARY_COMMAND,
  OPEN_LIBRARY_MENU,
  SAVE_LINK_MENU,
  registerLinkSaving,
  saveLink,
} from '../../../utils/background/save-link';
import type { StoreDraft } from '../../../utils/background/saving';
import type { ArticleDraft } from '../../../utils/article/types';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { startPageServer, type PageServer } from './fetch-pages';

// "Save link to Sift": the link's page fetched and read like an imported link (same fetch, same extraction, its
// images), from a real server on 127.0.0.1; and the menu item and shortcut that open the library.

const extract: ExtractHtml = async (html, url, contentType, force) =>
  extractHtml(html, url, contentType, force, { parseFromString: (h) => parseHtml(h) });

let server: PageServer;
beforeAll(async () => void (server = await startPageServer()));
afterAll(() => server.close());

function recordingStore() {
  const saved: { draft: ArticleDraft; images: string[] }[] = [];
  const store: StoreDraft = async (draft, images) => {
    saved.push({ draft, images: [...images.keys()] });
    return { id: `id${saved.length}`, updated: false };
  };
  return { saved, store };
}

describe('Save link to Sift', () => {
  it('fetches the page, reads it with its figures and image, and stores it', async () => {
    const { saved, store } = recordingStore();
    expect(await saveLink(`${server.origin}/story/11`, store, extract)).toEqual({ ok: true });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.draft.title).toBe('Story 11 about the sea wall');
    expect(saved[0]!.draft.figures.length).toBeGreaterThan(0);
    expect(saved[0]!.images).toEqual([`${server.origin}/img/wall-11.png`]);
  });

  it('reads a page the reader chose even if it does not look like an article; a 404 is not saved', async () => {
    const { saved, store } = recordingStore();
    expect((await saveLink(`${server.origin}/home`, store, extract)).ok).toBe(true);
    expect(await saveLink(`${server.origin}/nothing-here`, store, extract)).toEqual({ ok: false, reason: 'http 404' });
    expect(saved).toHaveLength(1);
  });

  it('the link menu item saves its link; the toolbar menu item and the shortcut open the library', async () => {
    const { saved, store } = recordingStore();
    // The fake browser has no menu or command events; the listeners registered are checked to be these very ones.
    const registered: unknown[] = [];
    const record = (fn: unknown) => void registered.push(fn);
    const events = [fakeBrowser.contextMenus.onClicked, fakeBrowser.commands.onCommand];
    const originals = events.map((event) => event.addListener);
    for (const event of events) Object.assign(event, { addListener: record });
    let listeners: ReturnType<typeof registerLinkSaving>;
    try {
      listeners = registerLinkSaving(store, extract);
    } finally {
      events.forEach((event, k) => Object.assign(event, { addListener: originals[k] }));
    }
    expect(registered).toEqual([listeners.onMenuClick, listeners.onCommand]);
    await listeners.onMenuClick({ menuItemId: SAVE_LINK_MENU, linkUrl: `${server.origin}/story/12` });
    expect(saved.map((s) => s.draft.url)).toEqual([`${server.origin}/story/12`]);
    expect(listeners.onMenuClick({ menuItemId: 'something-else', linkUrl: 'https://x.example/' })).toBeUndefined();

    await listeners.onMenuClick({ menuItemId: OPEN_LIBRARY_MENU });
    await listeners.onCommand(OPEN_LIBRARY_COMMAND);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.filter((tab) => tab.url?.endsWith('/library.html'))).toHaveLength(2);
    expect(listeners.onCommand('save-page')).toBeUndefined();
  });
});
