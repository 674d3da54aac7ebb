// The harness itself: the server serves plain and gzipped pages and can go offline; both browsers load Sift.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserNames, launchBrowser, type TestBrowser } from './harness/browsers.ts';
import { startServer, type StaticServer } from './harness/server.ts';
import { storageGet, storageSet } from './harness/storage.ts';

describe('static server', () => {
  it('serves .html, .html.gz under the .html name, 404s outside the mount, and stops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-srv-'));
    writeFileSync(join(dir, 'a.html'), '<p>plain</p>');
    writeFileSync(join(dir, 'b.html.gz'), gzipSync('<p>zipped</p>'));
    const server = await startServer({ '/x/': dir });
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(server.url('/x/a.html'))).text()).toBe('<p>plain</p>');
    const zipped = await fetch(server.url('/x/b.html'));
    expect(zipped.headers.get('content-type')).toContain('text/html');
    expect(await zipped.text()).toBe('<p>zipped</p>');
    expect((await fetch(server.url('/x/../../etc/passwd'))).status).toBe(404);
    await server.stop();
    await expect(fetch(server.url('/x/a.html'))).rejects.toThrow();
  });
});

describe.each(browserNames)('%s with Sift', (name) => {
  let browser: TestBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-srv-'));
    writeFileSync(join(dir, 'hello.html'), '<title>hello</title><p>hello</p>');
    server = await startServer({ '/t/': dir });
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens a served page and an extension page, and relaunches on the same profile', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/t/hello.html'));
    expect(await page.evaluate(() => document.title)).toBe('hello');
    await page.close();
    const ext = await browser.openExtensionPage('popup.html');
    expect(await ext.evaluate(() => location.protocol)).toMatch(/^(chrome|moz)-extension:$/);
    await storageSet(ext, { harnessProbe: 42 });
    await browser.relaunch();
    const again = await browser.openExtensionPage('popup.html');
    expect(await storageGet(again, 'harnessProbe')).toBe(42);
  });
});
