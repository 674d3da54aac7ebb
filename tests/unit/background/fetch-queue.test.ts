import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extractHtml } from '../../../utils/background/fetch/extract-html';
import type { ExtractHtml } from '../../../utils/background/fetch/fetch-article';
import { decodeHtml, fetchPage } from '../../../utils/background/fetch/fetch-page';
import { fetchingQueue, linkItems } from '../../../utils/background/fetch/register-fetching';
import { queueItem, type QueueState } from '../../../utils/storage/fetch-queue-state';
import type { LibraryDb } from '../../../utils/library/db/db';
import { getArticle } from '../../../utils/library/read/get-article';
import { importLibrary } from '../../../utils/library/transfer/import-library';
import { saveArticle } from '../../../utils/library/write/save-article';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { deadPort, startPageServer, type PageServer } from './fetch-pages';
import { dropLibrary, freshLibrary, sanitizeHtml } from '../library/helpers';

// The fetch queue behind "Fetch N articles", against a real HTTP server on 127.0.0.1 and a real (fake-indexeddb)
// library filled by a real Pocket CSV import. Time is a counter the queue's sleeps advance, so the rate is checked
// as behaviour (which request waited how long on whose clock), never against the wall clock.

const extract: ExtractHtml = async (html, url, contentType, force) =>
  extractHtml(html, url, contentType, force, { parseFromString: (h) => parseHtml(h) });

const DELAY = 1_000;
let a: PageServer;
let b: PageServer;
let dead: number;
let db: LibraryDb;

beforeAll(async () => {
  [a, b, dead] = await Promise.all([startPageServer(), startPageServer(), deadPort()]);
});
afterAll(async () => Promise.all([a.close(), b.close()]));
afterEach(async () => {
  await dropLibrary(db);
  a.requests.length = b.requests.length = 0;
});

/** Imports a Pocket CSV of these URLs and returns the queue items for its link-only rows. */
async function importLinks(urls: string[]) {
  db = await freshLibrary();
  const csv = ['title,url,time_added,tags,status', ...urls.map((u, k) => `,${u},${1700000000 + k},kept|Tag,unread`)];
  await importLibrary(db, csv.join('\n'), { sanitize: sanitizeHtml });
  const ids = await db.articles.orderBy('savedAt').primaryKeys(); // the file's order
  return linkItems(db, ids);
}

function queueOver(options: { fetch?: typeof fetch; timeoutMs?: number } = {}) {
  const clock = { now: 0, sleeps: [] as number[] };
  const starts: { url: string; at: number; credentials?: RequestCredentials }[] = [];
  const fetchSpy: typeof fetch = (input, init) => {
    const url = String(input);
    // Pages only (images go through fetchImages' own calls, a few at a time, as for a save).
    if (!url.includes('/img/')) starts.push({ url, at: clock.now, credentials: init?.credentials });
    return (options.fetch ?? fetch)(input, init);
  };
  const queue = fetchingQueue({
    store: (draft, images) => saveArticle(db, draft, { images, sanitize: sanitizeHtml }),
    extract,
    fetch: fetchSpy,
    hostDelayMs: DELAY,
    timeoutMs: options.timeoutMs ?? 5_000,
    db: async () => db,
    clock: {
      now: () => clock.now,
      sleep: async (ms) => {
        clock.sleeps.push(ms);
        clock.now += ms;
      },
    },
  });
  return { queue, clock, starts };
}

const stored = () => queueItem.getValue() as Promise<QueueState | null>;

describe('the fetch queue', () => {
  it('turns every reachable imported link into a readable article with its image, keeping tags and read state', async () => {
    const items = await importLinks([`${a.origin}/story/1`, `${a.origin}/story/2`, `${b.origin}/story/3`]);
    expect(items).toHaveLength(3);
    await db.articles.update(items[1]!.id, { read: 1 });
    const before = new Map((await db.articles.toArray()).map((row) => [row.id, row]));
    const { queue } = queueOver();
    await queue.handle({ action: 'start', ids: [], cookies: false }, items);
    await queue.idle();
    const state = await stored();
    expect(state?.items.map((i) => i.status)).toEqual(['done', 'done', 'done']);
    expect(await db.articles.count()).toBe(3); // filled in place, no second row per page
    for (const item of items) {
      const article = await getArticle(db, item.id);
      expect(article?.body.text).toMatch(/sea wall/);
      expect(article?.row.words).toBeGreaterThan(100);
      const { tags, read, savedAt } = before.get(item.id)!;
      expect(tags.length).toBe(2);
      expect(article?.row).toMatchObject({ tags, read, savedAt });
      expect([...(article?.images.keys() ?? [])]).toEqual([expect.stringMatching(/\/img\/wall-\d\.png$/)]);
      expect(article?.body.figures.length).toBeGreaterThan(0); // the same extraction as a save: figures too
    }
  });

  it('asks one site one page at a time, with the delay between, while another site goes in between', async () => {
    const items = await importLinks([
      `${a.origin}/story/1`,
      `${a.origin}/story/2`,
      `${a.origin}/story/3`,
      `${b.origin}/story/4`,
    ]);
    const { queue, starts } = queueOver();
    await queue.handle({ action: 'start', ids: [], cookies: false }, items);
    await queue.idle();
    expect(a.maxInFlight).toBe(1);
    const onA = starts.filter((s) => s.url.startsWith(a.origin)).map((s) => s.at);
    expect(onA).toHaveLength(3);
    for (let k = 1; k < onA.length; k++) expect(onA[k]! - onA[k - 1]!).toBeGreaterThanOrEqual(DELAY);
    // b's page did not wait behind a's rest: it went second, before a's second page.
    expect(starts.map((s) => s.url)[1]).toBe(`${b.origin}/story/4`);
    expect(starts.every((s) => s.credentials === 'omit')).toBe(true);
  });

  it('names each failure in words the page can show, and keeps the link', async () => {
    const items = await importLinks([
      `${a.origin}/missing`,
      `${a.origin}/home`,
      `${a.origin}/never`,
      `http://127.0.0.1:${dead}/story/9`,
      `${a.origin}/paper.pdf`,
      `${b.origin}/story/5`,
    ]);
    const { queue } = queueOver({ timeoutMs: 400 });
    await queue.handle({ action: 'start', ids: [], cookies: false }, items);
    await queue.idle();
    const byUrl = Object.fromEntries((await stored())!.items.map((i) => [i.url.replace(/:\d+/, ''), i]));
    expect(byUrl['http://127.0.0.1/missing']).toMatchObject({
      status: 'failed',
      failure: { code: 'http', detail: '404' },
    });
    expect(byUrl['http://127.0.0.1/home']).toMatchObject({ status: 'failed', failure: { code: 'not-article' } });
    expect(byUrl['http://127.0.0.1/never']).toMatchObject({ status: 'failed', failure: { code: 'timeout' } });
    expect(byUrl['http://127.0.0.1/story/9']).toMatchObject({ status: 'failed', failure: { code: 'unreachable' } });
    expect(byUrl['http://127.0.0.1/paper.pdf']).toMatchObject({
      status: 'failed',
      failure: { code: 'not-html', detail: 'application/pdf' },
    });
    expect(byUrl['http://127.0.0.1/story/5']).toMatchObject({ status: 'done' });
    // The failed ones are still in the library, as links.
    expect(await db.articles.count()).toBe(6);
    const missing = (await db.articles.toArray()).find((row) => row.url === `${a.origin}/missing`);
    expect(missing?.words).toBe(0);
  });

  it('pauses, stays paused across a restart, resumes, and a restart mid-way carries on where it stopped', async () => {
    const items = await importLinks([1, 2, 3, 4].map((n) => `${a.origin}/story/${n}`));
    let first = queueOver();
    let fetched = 0;
    const pausing = queueOver({
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (!String(input).includes('/img/') && ++fetched === 2) void first.queue.handle({ action: 'pause' });
        return response;
      },
    });
    first = pausing;
    await first.queue.handle({ action: 'start', ids: [], cookies: false }, items);
    await first.queue.idle();
    let state = await stored();
    expect(state?.paused).toBe(true);
    const doneBefore = state!.items.filter((i) => i.status === 'done').length;
    expect(doneBefore).toBeLessThan(4);

    // "Restart": a new queue in a new background reads the stored state; paused stays paused.
    const second = queueOver();
    await second.queue.resume();
    await second.queue.idle();
    expect(second.starts).toHaveLength(0);

    // A restart while running (not paused): the stored queue is picked up and finished.
    await queueItem.setValue({ ...(await stored())!, paused: false });
    const third = queueOver();
    await third.queue.resume();
    await third.queue.idle();
    state = await stored();
    expect(state?.items.map((i) => i.status)).toEqual(['done', 'done', 'done', 'done']);
    // Nothing fetched twice that was already stored.
    expect(third.starts).toHaveLength(4 - doneBefore);
  });

  it('cancel forgets the queue, leaving the links; retry fetches the failed ones again', async () => {
    const items = await importLinks([`${a.origin}/gone`, `${a.origin}/story/7`]);
    const { queue } = queueOver();
    await queue.handle({ action: 'start', ids: [], cookies: true }, items);
    await queue.idle();
    expect((await stored())!.items.map((i) => i.status)).toEqual(['failed', 'done']);
    await queue.handle({ action: 'retry' });
    await queue.idle();
    expect(a.requests.filter((p) => p === '/gone')).toHaveLength(2);
    await queue.handle({ action: 'cancel' });
    expect(await stored()).toBeNull();
    expect(await db.articles.count()).toBe(2);
  });

  it('sends cookies only when the reader opted in', async () => {
    const items = await importLinks([`${a.origin}/story/8`]);
    const { queue, starts } = queueOver();
    await queue.handle({ action: 'start', ids: [], cookies: true }, items);
    await queue.idle();
    expect(starts[0]?.credentials).toBe('include');
  });
});

describe('fetching one page', () => {
  it('says "offline" when the browser is offline, and "unreachable" when it is not', async () => {
    const url = `http://127.0.0.1:${dead}/x`;
    expect(await fetchPage(url, { online: () => false })).toEqual({ ok: false, failure: { code: 'offline' } });
    expect(await fetchPage(url, { online: () => true })).toEqual({ ok: false, failure: { code: 'unreachable' } });
  });

  it('reads a page in the charset it declares', () => {
    // "日本" in Shift_JIS, declared only by a <meta> tag.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="shift_jis"><p>'),
      0x93,
      0xfa,
      0x96,
      0x7b,
    ]);
    expect(decodeHtml(bytes, 'text/html')).toContain('日本');
    expect(decodeHtml(new TextEncoder().encode('<p>café</p>'), 'text/html; charset=utf-8')).toContain('café');
  });
});
