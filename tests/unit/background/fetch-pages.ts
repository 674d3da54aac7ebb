// A real HTTP server on 127.0.0.1 for the fetch-queue tests: articles written for the test (with an image), a
// 404, a home page that is not an article, a page that never answers, a PDF. It counts requests in flight per
// path prefix so a test can check one site is never asked twice at once.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A plain news article of its own words (not from any corpus), with one picture. */
export function articlePage(n: number): string {
  const para = (k: number) =>
    `<p>Paragraph ${k} of story ${n}: the harbour council met on Tuesday to weigh the cost of the new sea wall, ` +
    `which engineers now put at 14 million euros, and heard from fishermen who said the old quay had flooded ` +
    `nine times since the spring tides began. The vote was put off until the next meeting in the town hall.</p>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story ${n} about the sea wall</title>
<meta property="og:type" content="article"></head><body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Story ${n} about the sea wall</h1><p class="byline">By A. Writer</p>
<img src="/img/wall-${n}.png" width="160" height="90" alt="The sea wall">
${Array.from({ length: 8 }, (_, k) => para(k + 1)).join('\n')}</article></main><footer>© Harbour News</footer></body></html>`;
}

const HOME = `<!DOCTYPE html><html><head><title>Harbour News</title></head><body><nav>${Array.from(
  { length: 40 },
  (_, k) => `<a href="/story/${k}">Headline ${k}</a>`,
).join(' ')}</nav></body></html>`;

export interface PageServer {
  origin: string;
  /** Every request path, in order. */
  requests: string[];
  /** The most requests this server was ever answering at once. */
  maxInFlight: number;
  /** Cookie headers received, by path. */
  cookies: Map<string, string | undefined>;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  let inFlight = 0;
  const state = { requests: [] as string[], maxInFlight: 0, cookies: new Map<string, string | undefined>() };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    state.requests.push(path);
    state.cookies.set(path, req.headers.cookie);
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const story = /^\/story\/(\d+)$/.exec(path);
    if (story) {
      // A little latency, so overlapping requests would show in maxInFlight.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(articlePage(Number(story[1])));
      }, 20);
    } else if (path.startsWith('/img/')) {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(PNG);
    } else if (path === '/home') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(HOME);
    } else if (path === '/paper.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4');
    } else if (path === '/never') {
      // Never answers: the fetch must time out.
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** A port nothing listens on: a server is opened, its port noted, and it is closed. */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
