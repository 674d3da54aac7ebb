import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { ElementHandle, Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryArticle } from '../../components/library/LibraryApi';
import { FETCH_QUEUE_KEY, type QueueState } from '../../utils/storage/fetch-queue-state';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers';
import { chromeBuild } from './harness/chromium';
import { firefoxBuild } from './harness/firefox';
import { openLibrary, type LibraryHooked } from './harness/library-page';
import { startServer, type StaticServer } from './harness/server';
import { storageGet } from './harness/storage';
import { articlePage, deadPort } from '../unit/background/fetch-pages';

// Issue 15, item 2 in real browsers: a Pocket CSV of links served from 127.0.0.1 (one 404, one unreachable port)
// is imported; nothing is fetched until "Fetch N imported articles" is clicked; the browser is restarted while the
// queue runs (a real quit and start on the same profile) and the background carries on by itself; in the end every
// reachable page is an article with its image, read from the library with the server stopped, and each failure is
// named on the page.

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const STORIES = [1, 2, 3, 4, 5];

async function upload(browser: TestBrowser, page: TestPage, file: string) {
  if (browser.name === 'chromium') await (page.raw as PwPage).setInputFiles('input[type=file]', file);
  else {
    const input = (await (page.raw as PpPage).$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
  }
}

const queueOf = async (page: TestPage) => (await storageGet(page, FETCH_QUEUE_KEY)) as QueueState | undefined;

for (const name of browserNames) {
  const build = name === 'chromium' ? chromeBuild : firefoxBuild;
  describe.skipIf(!existsSync(build))(`fetching imported links in ${name}`, () => {
    let server: StaticServer;
    let browser: TestBrowser | undefined;
    const storyRequests: string[] = [];

    beforeAll(async () => {
      server = await startServer({});
      server.route('/story/', (req, res) => {
        storyRequests.push(req.url ?? '');
        const n = Number(/\/story\/(\d+)/.exec(req.url ?? '')?.[1]);
        // Slow enough that the restart below lands while the queue is still running.
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(articlePage(n));
        }, 300);
      });
      server.route('/img/', (_req, res) => {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(PNG);
      });
      server.route('/gone/', (_req, res) => {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<h1>Not found</h1>');
      });
    });
    afterAll(async () => {
      await browser?.close();
      await server.stop().catch(() => undefined);
    });

    it(
      'fetches only on the click, survives a restart mid-way, and every reachable page reads offline with its image',
      { timeout: 300_000 },
      async () => {
        const dead = await deadPort();
        const urls = [
          ...STORIES.map((n) => `${server.origin}/story/${n}`),
          `${server.origin}/gone/6`,
          `http://127.0.0.1:${dead}/story/7`,
        ];
        const csv = [
          'title,url,time_added,tags,status',
          ...urls.map((u, k) => `Link ${k},${u},${1700000000 + k},,unread`),
        ];
        const file = join(mkdtempSync(join(tmpdir(), 'sift-fetch-')), 'pocket.csv');
        writeFileSync(file, csv.join('\n'));

        browser = await launchBrowser(name);
        let page = await openLibrary(browser);
        await upload(browser, page, file);
        await page.waitForFunction(() => !!document.querySelector('[data-testid=fetch-start]'), undefined, 30_000);
        expect(await page.evaluate(() => document.querySelector('[data-testid=fetch-start]')!.textContent)).toContain(
          '7',
        );
        // Imported, and nothing fetched yet.
        expect(storyRequests).toHaveLength(0);

        await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid=fetch-start]')!.click());
        // The queue's progress is on the page while it runs; the restart comes once a page or two are stored.
        await page.waitForFunction(() => !!document.querySelector('.lib-fetch progress'), undefined, 20_000);
        for (let k = 0; k < 300; k++) {
          const q = await queueOf(page);
          if (q?.items.some((i) => i.status === 'done')) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        const before = await queueOf(page);
        const doneBefore = before!.items.filter((i) => i.status !== 'pending').length;
        expect(doneBefore).toBeLessThan(7);

        // A real restart: the browser quits and starts again on the same profile; no page is opened to nudge it.
        const t0 = Date.now();
        await browser.relaunch();
        console.log(`${name}: relaunched in ${Date.now() - t0} ms, ${doneBefore} of 7 done before`);
        const requestsAtRestart = storyRequests.length;
        const probe = await browser.openExtensionPage('library.html');
        // The background finishes the queue by itself after the restart.
        for (let k = 0; k < 240; k++) {
          const q = await queueOf(probe);
          if (q && q.items.every((i) => i.status !== 'pending')) break;
          await new Promise((r) => setTimeout(r, 500));
        }
        console.log(`${name}: queue finished ${Date.now() - t0} ms after the restart began`);
        const after = await queueOf(probe);
        expect(after?.items.every((i) => i.status !== 'pending')).toBe(true);
        expect(storyRequests.length).toBeGreaterThan(requestsAtRestart);
        const byUrl = Object.fromEntries(after!.items.map((i) => [i.url, i]));
        for (const n of STORIES) expect(byUrl[`${server.origin}/story/${n}`]?.status).toBe('done');
        expect(byUrl[`${server.origin}/gone/6`]).toMatchObject({
          status: 'failed',
          failure: { code: 'http', detail: '404' },
        });
        expect(byUrl[`http://127.0.0.1:${dead}/story/7`]).toMatchObject({
          status: 'failed',
          failure: { code: 'unreachable' },
        });
        // Each page fetched once, or twice when the restart cut its fetch short: never more.
        for (const n of STORIES) expect(storyRequests.filter((p) => p === `/story/${n}`).length).toBeLessThanOrEqual(2);
        await probe.close();

        // Offline: the server is gone, and every reachable page reads from the library with its image.
        await server.stop();
        page = await openLibrary(browser);
        const ids = after!.items.map((i) => i.id);
        const read = await page.evaluate(async (list) => {
          const api = (globalThis as LibraryHooked).siftLibrary!.api;
          const out: { text: string; words: number; images: number[] }[] = [];
          for (const id of list) {
            const a = (await api.get(id)) as LibraryArticle;
            out.push({
              text: a.draft.text.slice(0, 200),
              words: a.draft.words,
              images: Object.values(a.images).map((b) => b.size),
            });
          }
          return out;
        }, ids);
        for (const k of STORIES.keys()) {
          expect(read[k]!.text).toContain('sea wall');
          expect(read[k]!.words).toBeGreaterThan(100);
          expect(read[k]!.images).toEqual([PNG.length]);
        }
        expect(read[5]!.words).toBe(0); // the 404 keeps its link
        expect(read[6]!.words).toBe(0);
        // The failures, named on the page in words.
        await page.waitForFunction(() => !!document.querySelector('.lib-fetch details'), undefined, 20_000);
        const words = await page.evaluate(() => document.querySelector('.lib-fetch')!.textContent ?? '');
        expect(words).toMatch(/5 of 7/);
        expect(words).toContain('the site answered 404');
        expect(words).toContain('the site could not be reached');
      },
    );
  });
}
