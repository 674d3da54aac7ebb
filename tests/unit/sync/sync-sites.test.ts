import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addReaderRule, readerRules, removeReaderRule } from '../../../utils/storage/site-rules';
import { isSiteEnabled, setSiteEnabled } from '../../../utils/storage/site-settings';
import { siteSyncStore } from '../../../utils/storage/site-sync-store';
import type { SiteState, SiteStore } from '../../../utils/sync/site-doc';
import { syncOnce } from '../../../utils/sync/sync';
import { startCouch, type CouchServer } from './couch-server';
import { dropLibraries, library, remoteDb, remoteDocs } from './sync-helpers';

// Per-site switches and picker rules travel as their own documents (`site:<host>`). Profile A keeps them where
// the extension does (browser storage, through the real site-settings and site-rules modules); profile B in
// memory, as a second browser would in its own storage.

let couch: CouchServer;
beforeAll(async () => void (couch = await startCouch()), 60_000);
afterAll(() => couch?.stop());
afterEach(dropLibraries);

function memoryStore(): SiteStore & { states: Record<string, SiteState> } {
  const store = {
    states: {} as Record<string, SiteState>,
    // As the extension's storage holds it: only sites changed from the defaults.
    read: async () =>
      structuredClone(
        Object.fromEntries(
          Object.entries(store.states).filter(([, s]) => !s.enabled || s.hide.length || s.show.length),
        ),
      ),
    write: async (states: Record<string, SiteState>) => {
      for (const [host, s] of Object.entries(states)) {
        if (s.enabled && !s.hide.length && !s.show.length) delete store.states[host];
        else store.states[host] = structuredClone(s);
      }
    },
  };
  return store;
}

const tick = () => new Promise((done) => setTimeout(done, 5));
const sorted = (s: SiteState | undefined) => s && { ...s, hide: [...s.hide].sort(), show: [...s.show].sort() };

describe('per-site switches and rules through a CouchDB server', () => {
  it('carries switches and rules both ways, and a second sync moves nothing', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    const bSites = memoryStore();
    await setSiteEnabled('www.Example.com', false);
    await addReaderRule('news.test', 'hide', '.promo');
    await addReaderRule('news.test', 'show', '#byline');

    expect(await syncOnce(a, remote, {}, siteSyncStore)).toMatchObject({ pushed: 2 });
    expect((await remoteDocs(remote)).map((r) => r.id).sort()).toEqual(
      ['site:example.com', 'site:news.test', 'sift:library'].sort(),
    );
    await syncOnce(b, remote, {}, bSites);
    expect(bSites.states).toEqual({
      'example.com': { enabled: false, hide: [], show: [] },
      'news.test': { enabled: true, hide: ['.promo'], show: ['#byline'] },
    });
    expect(await syncOnce(a, remote, {}, siteSyncStore)).toMatchObject({ pulled: 0, pushed: 0 });
    expect(await syncOnce(b, remote, {}, bSites)).toMatchObject({ pulled: 0, pushed: 0 });

    // B turns cleaning back on and drops the last rule it saw: A's storage follows, entries gone.
    bSites.states['example.com']!.enabled = true;
    bSites.states['news.test'] = { enabled: true, hide: [], show: ['#byline'] };
    await syncOnce(b, remote, {}, bSites);
    await syncOnce(a, remote, {}, siteSyncStore);
    expect(await isSiteEnabled('example.com')).toBe(true);
    expect(await readerRules('news.test')).toEqual({ hide: [], show: ['#byline'] });
    expect(await siteSyncStore.read()).toEqual(await bSites.read());
  });

  it('merges concurrent edits: the latest switch wins, a removal wins only over the rule it saw', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    const bSites = memoryStore();
    await addReaderRule('news.test', 'hide', '.promo');
    await addReaderRule('news.test', 'hide', '.rail');
    await syncOnce(a, remote, {}, siteSyncStore);
    await syncOnce(b, remote, {}, bSites);

    // Apart. A: removes .promo (which it saw), adds .banner, switches the site off. B, later: removes .rail,
    // adds .ad, switches it back on; and both start rules on a site neither had (no common base: both kept).
    await removeReaderRule('news.test', 'hide', '.promo');
    await addReaderRule('news.test', 'hide', '.banner');
    await setSiteEnabled('news.test', false);
    await addReaderRule('blog.test', 'hide', '.a-side');
    await syncOnce(a, remote, {}, siteSyncStore);
    await tick();
    bSites.states['news.test'] = { enabled: false, hide: ['.promo', '.ad'], show: [] };
    bSites.states['blog.test'] = { enabled: true, hide: ['.b-side'], show: [] };
    await syncOnce(b, remote, {}, bSites);
    await tick();
    bSites.states['news.test']!.enabled = true;
    await syncOnce(b, remote, {}, bSites);
    await syncOnce(a, remote, {}, siteSyncStore);
    await syncOnce(b, remote, {}, bSites);

    const aStates = await siteSyncStore.read();
    expect(sorted(aStates['news.test'])).toEqual({ enabled: true, hide: ['.ad', '.banner'], show: [] });
    expect(sorted(aStates['blog.test'])).toEqual({ enabled: true, hide: ['.a-side', '.b-side'], show: [] });
    expect(bSites.states).toEqual(aStates);
    expect(await syncOnce(a, remote, {}, siteSyncStore)).toMatchObject({ pulled: 0, pushed: 0 });
    expect(await syncOnce(b, remote, {}, bSites)).toMatchObject({ pulled: 0, pushed: 0 });
  });

  it('refuses a malformed site document before writing anything', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    await syncOnce(a, remote, {}, memoryStore());
    const put = await fetch(`${remote.url}/${remote.db}/site:evil.test`, {
      method: 'PUT',
      body: JSON.stringify({ type: 'sift-site', host: 'evil.test', enabled: 'no', enabledAt: 1, hide: [], show: [] }),
    });
    expect(put.ok).toBe(true);
    const bSites = memoryStore();
    await expect(syncOnce(b, remote, {}, bSites)).rejects.toMatchObject({ kind: 'foreign' });
    expect(bSites.states).toEqual({});
  });
});

describe('two browsers switched on at once', () => {
  it('both claim the empty database and both first syncs succeed', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    const reports = await Promise.all([syncOnce(a, remote), syncOnce(b, remote)]);
    expect(reports).toHaveLength(2);
    expect((await remoteDocs(remote)).map((r) => r.id)).toEqual(['sift:library']);
  });
});
