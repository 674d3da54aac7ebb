// The demo page `npm start` opens: a cluttered news page from tests/fixtures/pages, served from 127.0.0.1 with
// stand-ins for its pictures. The page's own pictures (its /img/ paths) were never stored (they belong to the
// site), so each is drawn here as a plain SVG of the size the page lays it out at, and the page looks whole.
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { repoRoot, startServer, type StaticServer } from '../../tests/e2e/harness/server.ts';

export const demoDir = join(repoRoot, 'tests/fixtures/pages/seed-deepseek-china-ai');

/** Width, height and colour of each picture the demo page shows; anything else under /img/ gets a small square. */
const PICTURES: Record<string, [number, number, string]> = {
  'liangzhu.jpg': [800, 450, '#e9893a'],
  'related-0.jpg': [320, 180, '#5b7fa6'],
  'related-1.jpg': [320, 180, '#6c9a6a'],
  'related-2.jpg': [320, 180, '#a0687d'],
  'logo.svg': [120, 32, '#b3261e'],
  'app-store.svg': [120, 40, '#1d1d1f'],
  'play-store.svg': [120, 40, '#1d1d1f'],
  'clock.svg': [16, 16, '#888888'],
};

/** An SVG stand-in: a coloured plate with its file name, so a reader sees where a picture stands and which. */
export function standIn(name: string): string {
  const [width, height, fill] = PICTURES[name] ?? [48, 48, '#999999'];
  const label =
    width >= 100
      ? `<text x="50%" y="50%" dominant-baseline="middle" text-anchor="middle" fill="#fff"
    font-family="sans-serif" font-size="${Math.round(height / 4)}">${name.replace(/[^\w.-]/g, '')}</text>`
      : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${fill}"/>${label}</svg>`
  );
}

function servePicture(url: string | undefined, res: ServerResponse): void {
  const name = new URL(url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/img\//, '');
  res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' }).end(standIn(name));
}

/** Serves the demo page at /demo/source.html (and every fixture page under /pages/) with its pictures. */
export async function startDemoServer(): Promise<StaticServer> {
  const server = await startServer({ '/demo/': demoDir, '/pages/': join(repoRoot, 'tests/fixtures/pages') });
  server.route('/img/', (req, res) => servePicture(req.url, res));
  return server;
}
