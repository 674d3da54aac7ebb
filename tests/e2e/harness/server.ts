// A static server on 127.0.0.1 for the browser tests and benches: pages never come from the network.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

// A file without a known extension is typed by its first bytes, so a test can serve a PDF at an address that does
// not say so (as document servers do).
const sniff = (body: Buffer) =>
  body.subarray(0, 5).toString('latin1') === '%PDF-' ? 'application/pdf' : 'application/octet-stream';
/** One request as the server saw it: enough to tell who asked (the page itself, an extension page, the background). */
export interface LoggedRequest {
  path: string;
  method: string;
  referer: string | null;
  /** Fetch metadata: `same-origin` for the served page's own loads, `cross-site`/`none` for extension contexts. */
  site: string | null;
  dest: string | null;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface StaticServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  /** Absolute URL for a path under a mount, e.g. url('/pages/seed-deepseek-china-ai/source.html'). */
  url(path: string): string;
  /** Serve another directory under a prefix (e.g. a temp dir of generated pages). */
  mount(prefix: string, dir: string): void;
  /** Answer every path under a prefix with a handler instead of files (generated pages, a beacon). */
  route(prefix: string, handler: RouteHandler): void;
  /** Every request received, in order (tests may clear it with `requests.length = 0`). */
  requests: LoggedRequest[];
  /** Close the server and every open connection (to test offline reading). */
  stop(): Promise<void>;
}

/** Where the repository keeps things; ../shared sits beside it in CI and in the worktrees. */
export const repoRoot = resolve(import.meta.dirname, '../../..');
export const sharedCorpus = resolve(repoRoot, '../shared/corpus');

/** Default mounts: /pages → tests/fixtures/pages, /corpus → ../shared/corpus (when present). */
export function defaultMounts(): Record<string, string> {
  const mounts: Record<string, string> = { '/pages/': join(repoRoot, 'tests/fixtures/pages') };
  if (existsSync(sharedCorpus)) mounts['/corpus/'] = sharedCorpus;
  return mounts;
}

/** Finds the file for a URL path; `x.html` is also served from `x.html.gz` (the corpus stores pages gzipped). */
function locate(mounts: Map<string, string>, pathname: string): string | null {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const root = resolve(dir);
    let file = resolve(root, decodeURIComponent(pathname.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) return file;
    if (existsSync(file + '.gz')) return file + '.gz';
  }
  return null;
}

/** Starts the server on a random free port of 127.0.0.1. */
export async function startServer(mounts: Record<string, string> = defaultMounts()): Promise<StaticServer> {
  const table = new Map(Object.entries(mounts));
  const routes = new Map<string, RouteHandler>();
  const requests: LoggedRequest[] = [];
  const header = (req: IncomingMessage, name: string) => (req.headers[name] as string | undefined) ?? null;
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({
      path: req.url ?? '/',
      method: req.method ?? 'GET',
      referer: header(req, 'referer'),
      site: header(req, 'sec-fetch-site'),
      dest: header(req, 'sec-fetch-dest'),
    });
    for (const [prefix, handler] of routes) if (pathname.startsWith(prefix)) return handler(req, res);
    // Browsers ask for a favicon on every page; an empty answer keeps a 404 out of the page's console.
    if (pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = locate(table, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gz = file.endsWith('.gz');
    const body = gz ? gunzipSync(readFileSync(file)) : readFileSync(file);
    const type = TYPES[extname(gz ? file.slice(0, -3) : file).toLowerCase()] ?? sniff(body);
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    mount: (prefix, dir) => void table.set(prefix.endsWith('/') ? prefix : `${prefix}/`, dir),
    route: (prefix, handler) => void routes.set(prefix, handler),
    requests,
    stop: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
