import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/lib/demo-server';
import { launchBrowser, type TestBrowser } from './harness/browsers';
import { chromeBuild } from './harness/chromium';
import type { StaticServer } from './harness/server';

// Issue 14: under `npm start` the demo page's pictures were broken (its /img/ paths were never stored). The demo
// server draws stand-ins; every picture on the page loads.

describe.skipIf(!existsSync(chromeBuild))('the demo page npm start opens', () => {
  let server: StaticServer | undefined;
  let browser: TestBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows every picture of the page', async () => {
    server = await startDemoServer();
    browser = await launchBrowser('chromium');
    const page = await browser.newPage();
    await page.goto(server.url('/demo/source.html'));
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    const pictures = await page.evaluate(() =>
      [...document.images]
        .filter((img) => new URL(img.src).pathname.startsWith('/img/'))
        .map((img) => ({ src: new URL(img.src).pathname, width: img.naturalWidth })),
    );
    expect(pictures.length).toBeGreaterThanOrEqual(8);
    expect(pictures.filter((p) => p.width === 0)).toEqual([]);
  });
});
