// Fetching imported links in Chromium with the built extension (issue 15's goal): a Pocket CSV of LINKS links
// spread over HOSTS hosts on 127.0.0.1 (one port each), one in UNREACHABLE_EVERY of them a 404 or a port nobody
// listens on, imported through the library page, then fetched by the background's queue at its real, polite
// settings (one page at a time, 1.5 s before the same host again), each page read by the offscreen document and
// stored with its image. Half-way the browser quits and starts again on the same profile (SIFT_BENCH_FETCH_RESTART=0
// leaves it running) and the background resumes by itself. At the end the servers stop and every reachable page is
// read back from the library (offline) with its image; the unreachable ones must be failed with a reason.
// The baseline, measured in the same run and the same service worker: the reachable pages fetched one after
// another with nothing else done (no rest, no reading, no storing).
import { buildWithTestHooks } from './test-build';
import { launchBrowser, type TestBrowser, type TestPage } from '../../tests/e2e/harness/browsers.ts';
import { inBackground } from '../../tests/e2e/harness/background.ts';
import { openLibrary, type LibraryHooked } from '../../tests/e2e/harness/library-page.ts';
import { startServer, type StaticServer } from '../../tests/e2e/harness/server.ts';
import { storageGet } from '../../tests/e2e/harness/storage.ts';
import { articlePage, deadPort } from '../../tests/unit/background/fetch-pages.ts';
import { FETCH_QUEUE_KEY, HOST_DELAY_MS } from '../../utils/storage/fetch-constants';
import type { QueueState } from '../../utils/storage/fetch-queue-state';

const LINKS = Number(process.env.SIFT_BENCH_FETCH_LINKS ?? 200);
const HOSTS = Number(process.env.SIFT_BENCH_FETCH_HOSTS ?? 10);
const RESTART = process.env.SIFT_BENCH_FETCH_RESTART !== '0';
const UNREACHABLE_EVERY = 20;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function pageServer(): Promise<StaticServer> {
  const server = await startServer({});
  server.route('/story/', (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(articlePage(Number(/(\d+)$/.exec(req.url ?? '')?.[1] ?? 0)));
  });
  server.route('/img/', (_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(PNG);
  });
  server.route('/gone/', (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  });
  return server;
}

type Fetching = typeof globalThis & {
  siftFetching: { queue: { handle(request: object, items: object[]): Promise<void> } };
};

/** The links: mostly stories; every UNREACHABLE_EVERY-th a 404, or (alternately) a port nobody listens on. */
function links(servers: StaticServer[], dead: number): { url: string; reachable: boolean }[] {
  return Array.from({ length: LINKS }, (_, k) => {
    const origin = servers[k % HOSTS]!.origin;
    if (k % UNREACHABLE_EVERY !== UNREACHABLE_EVERY - 1) return { url: `${origin}/story/${k}`, reachable: true };
    const odd = Math.floor(k / UNREACHABLE_EVERY) % 2 === 1;
    return { url: odd ? `http://127.0.0.1:${dead}/story/${k}` : `${origin}/gone/${k}`, reachable: false };
  });
}

const queueOf = async (page: TestPage) => (await storageGet(page, FETCH_QUEUE_KEY)) as QueueState | undefined;

/** Polls the queue until `until` holds; the page is the caller's library tab. */
async function waitQueue(page: TestPage, until: (q: QueueState) => boolean): Promise<QueueState> {
  for (;;) {
    const q = await queueOf(page);
    if (q && until(q)) return q;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function run(): Promise<void> {
  buildWithTestHooks();
  const servers = await Promise.all(Array.from({ length: HOSTS }, pageServer));
  const list = links(servers, await deadPort());
  const reachable = list.filter((l) => l.reachable).map((l) => l.url);
  let browser: TestBrowser | undefined = await launchBrowser('chromium');
  try {
    let page = await openLibrary(browser);
    const csv = ['title,url,time_added,tags,status', ...list.map((l, k) => `,${l.url},${1700000000 + k},,unread`)];
    const items = await page.evaluate(async (text) => {
      const api = (globalThis as LibraryHooked).siftLibrary!.api;
      await api.importFile(new File([text], 'pocket.csv'), {});
      const rows = await api.list({ text: '', site: null, tag: null, read: 'all' });
      return rows.map((row) => ({ id: row.id, url: row.url, status: 'pending' }));
    }, csv.join('\n'));

    // Baseline: the bare fetches of the reachable pages, in the same worker.
    const bareMs = await inBackground(
      browser,
      page,
      async (_bg, urls: string[]) => {
        const t0 = performance.now();
        for (const url of urls) await (await fetch(url, { credentials: 'omit' })).arrayBuffer();
        return performance.now() - t0;
      },
      reachable,
    );

    const t0 = Date.now();
    await inBackground(
      browser,
      page,
      (bg, queued: object[]) =>
        (bg as Fetching).siftFetching.queue
          .handle({ action: 'start', ids: [], cookies: false }, queued)
          .then(() => true),
      items,
    );
    let restart = 'no restart';
    if (RESTART) {
      const half = await waitQueue(page, (q) => q.items.filter((i) => i.status !== 'pending').length >= LINKS / 2);
      const before = half.items.filter((i) => i.status !== 'pending').length;
      const r0 = Date.now();
      await browser.relaunch();
      restart = `restarted at ${before}/${LINKS} (quit and start took ${Date.now() - r0} ms)`;
      // Only to read the queue: the background resumes without it.
      page = await browser.openExtensionPage('library.html');
    }
    const state = await waitQueue(page, (q) => q.items.every((i) => i.status !== 'pending'));
    const queueMs = Date.now() - t0;

    // Offline: every server stops; what the library holds is all there is.
    await Promise.all(servers.map((s) => s.stop()));
    await page.close();
    page = await openLibrary(browser);
    const byUrl = new Map(state.items.map((i) => [i.url, i]));
    const read = await page.evaluate(
      async (ids) => {
        const api = (globalThis as LibraryHooked).siftLibrary!.api;
        let readable = 0;
        for (const id of ids) {
          const a = await api.get(id);
          if (a && a.draft.words > 100 && Object.values(a.images).some((b) => b.size > 0)) readable++;
        }
        return readable;
      },
      reachable.map((u) => byUrl.get(u)!.id),
    );
    const named = list
      .filter((l) => !l.reachable)
      .map((l) => byUrl.get(l.url)!)
      .filter((i) => i.status === 'failed' && i.failure?.code);
    const reasons = named.map((i) => i.failure!.code + (i.failure!.detail ? ` ${i.failure!.detail}` : ''));
    const tally = Object.entries(Object.groupBy(reasons, (r) => r)).map(([r, n]) => `${n!.length}x ${r}`);

    const done = state.items.filter((i) => i.status === 'done').length;
    const floorMs = (Math.ceil(LINKS / HOSTS) - 1) * HOST_DELAY_MS;
    const n = reachable.length;
    console.log(
      `fetch-imports: ${LINKS} imported links over ${HOSTS} hosts on 127.0.0.1 (${LINKS - n} unreachable), ` +
        `Chromium, built extension, ${restart}`,
    );
    console.log(`  bare fetches (baseline)  ${bareMs.toFixed(0).padStart(7)} ms  ${(bareMs / n).toFixed(1)} ms/page`);
    console.log(
      `  queue: fetch+read+store  ${queueMs.toFixed(0).padStart(7)} ms  ${(queueMs / LINKS).toFixed(1)} ms/link  ` +
        `${((LINKS / queueMs) * 60_000).toFixed(0)} links/min  ${(queueMs / bareMs).toFixed(1)}x baseline`,
    );
    console.log(`  politeness floor (${HOST_DELAY_MS} ms per host between pages): ${floorMs} ms`);
    console.log(
      `  offline after the run: ${read}/${n} reachable pages readable with their image (${done} done); ` +
        `unreachable named ${named.length}/${LINKS - n}: ${tally.join(', ')}`,
    );
    if (read !== n || named.length !== LINKS - n) process.exitCode = 1;
  } finally {
    await browser?.close();
    browser = undefined;
    await Promise.all(servers.map((s) => s.stop().catch(() => undefined)));
  }
}
