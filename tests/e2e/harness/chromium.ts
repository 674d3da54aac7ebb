// Chromium with the built MV3 extension, over playwright-core (flags from TOOLCHAIN.md).
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { repoRoot } from './server.ts';

export const chromeBuild = join(repoRoot, '.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Close and start again on the same profile (restart tests); returns the new session. */
  relaunch(): Promise<ChromiumSession>;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  extensionDir?: string;
  userDataDir?: string;
  headless?: boolean;
  /** Cut the browser off everything but loopback (default, for tests and benches); `npm start` lets the reader browse. */
  offline?: boolean;
  /** More command-line flags (e.g. `--lang=de` for the browser's UI language). */
  args?: string[];
}

/** The flags every test Chromium gets (TOOLCHAIN.md), without the extension flags. */
export function chromiumArgs(offline = true): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Tests never touch the network: everything but loopback goes to a closed port.
    ...(offline ? ['--proxy-server=http://127.0.0.1:9'] : []),
  ];
}

/** Launches Chromium on a fresh (or given) profile with Sift loaded; resolves once its service worker runs. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir ?? chromeBuild;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no Chrome build at ${extensionDir}: run \`npx wxt build\` first`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'sift-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    args: [
      ...chromiumArgs(options.offline !== false),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const session: ChromiumSession = {
    context,
    extensionId,
    userDataDir,
    relaunch: async () => {
      await context.close();
      return launchChromium({ ...options, extensionDir, userDataDir });
    },
    close: () => context.close(),
  };
  return session;
}
