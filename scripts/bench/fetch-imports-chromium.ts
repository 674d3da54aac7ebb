// Fetching imported links in Chromium with the built extension: a Pocket CSV of LINKS links spread over HOSTS
// hosts on 127.0.0.1 (one port each), imported through the library page, then fetched by the background's queue at
// its real, polite settings (one page at a time, 1.5 s before the same host again), each page read by the offscreen
// document and stored with its image. The baseline, measured in the same run and the same service worker: the same
// pages fetched one after another with nothing else done (no rest, no reading, no storing).
import { buildWithTestHooks } from './test-build';
import { launchBrowser } from '../../tests/e2e/harness/browsers.ts';
import { inBackground } from '../../tests/e2e/harness/background.ts';
import { openLibrary, type LibraryHooked } from '../../tests/e2e/harness/library-page.ts';
import { startServer, type StaticServer } from '../../tests/e2e/harness/server.ts';
import { storageGet } from '../../tests/e2e/harness/storage.ts';
import { articlePage } from '../../tests/unit/background/fetch-pages.ts';
import { FETCH_QUEUE_KEY, HOST_DELAY_MS } from '../../utils/storage/fetch-constants';
import type { QueueState } from '../../utils/storage/fetch-queue-state';

const LINKS = Number(process.env.SIFT_BENCH_FETCH_LINKS ?? 100);
const HOSTS = Number(process.env.SIFT_BENCH_FETCH_HOSTS ?? 10);
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
  return server;
}

type Fetching = typeof globalThis & {
  siftFetching: { queue: { handle(request: object, items: object[]): Promise<void> } };
};

export async function run(): Promise<void> {
  buildWithTestHooks();
  const servers = await Promise.all(Array.from({ length: HOSTS }, pageServer));
  const urls = Array.from({ length: LINKS }, (_, k) => `${servers[k % HOSTS]!.origin}/story/${k}`);
  const browser = await launchBrowser('chromium');
  try {
    const page = await openLibrary(browser);
    const csv = ['title,url,time_added,tags,status', ...urls.map((u, k) => `,${u},${1700000000 + k},,unread`)];
    const items = await page.evaluate(async (text) => {
      const api = (globalThis as LibraryHooked).siftLibrary!.api;
      await api.importFile(new File([text], 'pocket.csv'), {});
      const rows = await api.list({ text: '', site: null, tag: null, read: 'all' });
      return rows.map((row) => ({ id: row.id, url: row.url, status: 'pending' }));
    }, csv.join('\n'));

    // Baseline: the bare fetches, in the same worker.
    const bareMs = await inBackground(
      browser,
      page,
      async (_bg, list: string[]) => {
        const t0 = performance.now();
        for (const url of list) await (await fetch(url, { credentials: 'omit' })).arrayBuffer();
        return performance.now() - t0;
      },
      urls,
    );

    const t0 = Date.now();
    await inBackground(
      browser,
      page,
      (bg, list: object[]) =>
        (bg as Fetching).siftFetching.queue.handle({ action: 'start', ids: [], cookies: false }, list).then(() => true),
      items,
    );
    let state: QueueState | undefined;
    for (;;) {
      state = (await storageGet(page, FETCH_QUEUE_KEY)) as QueueState | undefined;
      if (state?.items.every((i) => i.status !== 'pending')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const queueMs = Date.now() - t0;
    const done = state!.items.filter((i) => i.status === 'done').length;
    const stored = await page.evaluate(
      async (ids) => {
        const api = (globalThis as LibraryHooked).siftLibrary!.api;
        let withImage = 0;
        for (const id of ids) if (Object.keys((await api.get(id))?.images ?? {}).length === 1) withImage++;
        return withImage;
      },
      items.map((i) => i.id),
    );
    // The rest alone sets a floor: each host's pages after its first wait HOST_DELAY_MS each.
    const floorMs = (Math.ceil(LINKS / HOSTS) - 1) * HOST_DELAY_MS;
    console.log(`fetch-imports: ${LINKS} imported links over ${HOSTS} hosts on 127.0.0.1, Chromium, built extension`);
    console.log(
      `  bare fetches (baseline)  ${bareMs.toFixed(0).padStart(7)} ms  ${(bareMs / LINKS).toFixed(1)} ms/page`,
    );
    console.log(
      `  queue: fetch+read+store  ${queueMs.toFixed(0).padStart(7)} ms  ${(queueMs / LINKS).toFixed(1)} ms/page  ` +
        `${((LINKS / queueMs) * 60_000).toFixed(0)} pages/min  ${(queueMs / bareMs).toFixed(1)}x baseline`,
    );
    console.log(
      `  politeness floor (${HOST_DELAY_MS} ms per host between pages): ${floorMs} ms; stored ${done}/${LINKS}, with image ${stored}`,
    );
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.stop()));
  }
}
