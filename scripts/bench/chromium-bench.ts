import { buildWithTestHooks } from './test-build';
import { existsSync } from 'node:fs';
import { launchBrowser, type TestBrowser, type TestPage } from '../../tests/e2e/harness/browsers.ts';
import { sharedCorpus, startServer, type StaticServer } from '../../tests/e2e/harness/server.ts';

export interface ChromiumBench {
  server: StaticServer;
  browser: TestBrowser;
  /** An extension page to talk to the extension from. */
  ext: TestPage;
  /** A web tab for the corpus pages. */
  page: TestPage;
  close(): Promise<void>;
}

/**
 * What every Chromium bench section starts with: the corpus (or null, said once, when it is absent), a fresh
 * Chrome build, the 127.0.0.1 server, Chromium with Sift, an extension page and a tab.
 */
export async function openChromiumBench(extensionPage: string): Promise<ChromiumBench | null> {
  if (!existsSync(sharedCorpus)) {
    console.log(`skipped: no corpus at ${sharedCorpus}`);
    return null;
  }
  buildWithTestHooks();
  const server = await startServer();
  const browser = await launchBrowser('chromium');
  const ext = await browser.openExtensionPage(extensionPage);
  const page = await browser.newPage();
  return {
    server,
    browser,
    ext,
    page,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
