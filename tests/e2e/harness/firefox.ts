// Firefox ESR with the built MV2 extension, over puppeteer-core's WebDriver BiDi (facts in TOOLCHAIN.md).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { repoRoot } from './server.ts';

export const firefoxBuild = join(repoRoot, '.output/firefox-mv2');
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Must match browser_specific_settings.gecko.id in wxt.config.ts. */
export const geckoId = 'sift@sift.example';
/** Pinned so moz-extension:// URLs (and the extension's storage origin) stay the same across launches. */
export const firefoxExtensionUuid = '5f1d7a52-3c5e-4b8e-9d3a-51f7c0a1e2b4';

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  /** moz-extension://UUID */
  extensionOrigin: string;
  userDataDir: string;
  relaunch(): Promise<FirefoxSession>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  extensionDir?: string;
  userDataDir?: string;
  headless?: boolean;
  /** Cut the browser off everything but loopback (default, for tests and benches); `npm start` lets the reader browse. */
  offline?: boolean;
  /** More profile preferences (e.g. a private-browsing-only profile). */
  prefs?: Record<string, unknown>;
  /** Let Sift run in private windows, as a reader does in about:addons (add-ons are kept out of them by default). */
  allowPrivate?: boolean;
}

/** The profile preferences every test Firefox gets. */
export function firefoxPrefs(offline = true): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: firefoxExtensionUuid }),
    // Tests never touch the network: everything but loopback (never proxied) goes to a closed port.
    ...(offline
      ? {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': 9,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': 9,
        }
      : {}),
    // A temporary add-on is uninstalled at shutdown; keep its storage and UUID so restart tests see saved data.
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
  };
}

/** Launches Firefox on a fresh (or given) profile and installs Sift as a temporary add-on. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? firefoxBuild;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no Firefox build at ${extensionDir}: run \`npx wxt build -b firefox\` first`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'sift-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: options.headless ?? true,
    protocol: 'webDriverBiDi',
    userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...firefoxPrefs(options.offline !== false), ...options.prefs },
  });
  const extensionId = await browser.installExtension(extensionDir);
  if (options.allowPrivate) await allowInPrivateWindows(browser);
  const session: FirefoxSession = {
    browser,
    extensionId,
    extensionOrigin: `moz-extension://${firefoxExtensionUuid}`,
    userDataDir,
    relaunch: async () => {
      await browser.close();
      return launchFirefox({ ...options, extensionDir, userDataDir });
    },
    close: () => browser.close(),
  };
  return session;
}

/**
 * Grants the private-browsing permission and reloads the add-on, from the browser's chrome scope over BiDi
 * (what --remote-allow-system-access is for): there is no WebExtension or WebDriver call for it.
 */
async function allowInPrivateWindows(browser: Browser): Promise<void> {
  interface Bidi {
    send(
      method: string,
      params: object,
    ): Promise<{ result: { contexts?: { context: string }[]; type?: string; exceptionDetails?: unknown } }>;
  }
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeWindow = tree.result.contexts?.[0]?.context;
  if (!chromeWindow) throw new Error('no Firefox chrome window to grant the private-browsing permission from');
  const id = JSON.stringify(geckoId);
  const { result } = await bidi.send('script.evaluate', {
    expression: `(async () => {
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      await ExtensionPermissions.add(${id}, { permissions: ['internal:privateBrowsingAllowed'], origins: [] });
      await (await AddonManager.getAddonByID(${id})).reload();
    })()`,
    target: { context: chromeWindow },
    awaitPromise: true,
  });
  if (result.type !== 'success')
    throw new Error(`granting private browsing failed: ${JSON.stringify(result.exceptionDetails)}`);
}

/** Opens a moz-extension:// page: goto never resolves there, so start it and wait for the page to be ours. */
export async function openFirefoxExtensionPage(
  session: Pick<FirefoxSession, 'browser' | 'extensionOrigin'>,
  path: string,
): Promise<Page> {
  const page = await session.browser.newPage();
  const url = `${session.extensionOrigin}/${path.replace(/^\//, '')}`;
  page.goto(url).catch(() => undefined);
  await pollFirefox(page, () => location.protocol === 'moz-extension:' && document.readyState !== 'loading');
  return page;
}

/**
 * Polls a condition from Node rather than with page.waitForFunction: now and then one BiDi evaluation fails inside
 * Firefox's remote agent ("right-hand side of 'in' should be an object, got null" in #buildReturnValue), or the
 * realm goes away mid-navigation, and waitForFunction gives up on the first such error. A condition that keeps
 * failing still times out, with its last error attached.
 */
export async function pollFirefox<A>(page: Page, fn: (arg: A) => unknown, arg?: A, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await page.evaluate(fn as never, arg)) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${fn.toString().slice(0, 160)} (last error: ${String(lastError)})`,
        {
          cause: lastError,
        },
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
