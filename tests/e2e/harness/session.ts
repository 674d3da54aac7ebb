// What the popup, popup-states and hostile suites stand on, set up once per browser: a 127.0.0.1 server, the
// browser with Sift, an extension page to ask tab ids from, and web tabs closed after each test.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, type BrowserName, type TestBrowser, type TestPage } from './browsers.ts';
import { startServer, type StaticServer } from './server.ts';

export interface ExtensionSession {
  browser: TestBrowser;
  server: StaticServer;
  /** library.html, open all along: messages to content scripts and tab ids are asked from it. */
  ext: TestPage;
  /** Closes `page` after the test (quietly: a popup may have closed itself). Returns it. */
  closeAfterTest<T extends TestPage>(page: T): T;
}

/**
 * Registers the suite's hooks and returns its session, whose fields are set in beforeAll (a suite's own beforeAll,
 * registered after this call, sees them). One web tab at a time: contentTabId asks whichever tab answers.
 */
export function useExtensionSession(name: BrowserName, mounts: () => Record<string, string>): ExtensionSession {
  const open: TestPage[] = [];
  const session = {
    closeAfterTest: <T extends TestPage>(page: T): T => (open.push(page), page),
  } as ExtensionSession;
  beforeAll(async () => {
    session.server = await startServer(mounts());
    session.browser = await launchBrowser(name);
    session.ext = await session.browser.openExtensionPage('library.html');
  });
  afterEach(async () => {
    for (const page of open.splice(0)) await page.close().catch(() => undefined);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
