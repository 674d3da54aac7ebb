// One test body, two browsers: a small facade over playwright-core (Chromium) and puppeteer-core (Firefox).
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium, type ChromiumSession } from './chromium.ts';
import {
  launchFirefox,
  openFirefoxExtensionPage,
  pollFirefox,
  type FirefoxOptions,
  type FirefoxSession,
} from './firefox.ts';

export type BrowserName = 'chromium' | 'firefox';
export const browserNames: BrowserName[] = ['chromium', 'firefox'];

export interface TestPage {
  /** Navigates and waits for `load` (or `domcontentloaded`, for pages whose load never ends). */
  goto(url: string, waitUntil?: 'load' | 'domcontentloaded'): Promise<void>;
  reload(): Promise<void>;
  /** Runs fn in the page's own world with one serialisable argument. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** console.error messages and uncaught page errors seen since the page opened. */
  consoleErrors: string[];
  close(): Promise<void>;
  raw: PwPage | PpPage;
}

export interface TestBrowser {
  name: BrowserName;
  newPage(): Promise<TestPage>;
  /** Opens an extension page in a tab, e.g. openExtensionPage('popup.html'). */
  openExtensionPage(path: string): Promise<TestPage>;
  extensionUrl(path: string): string;
  /** Quit and start again on the same profile (data kept, extension reloaded). */
  relaunch(): Promise<void>;
  close(): Promise<void>;
}

// Pages' external resources are cut off (tests never touch the network); their load failures are not page errors.
const isErrorWorthReporting = (type: string, text: string) =>
  type === 'error' && !/^Failed to load resource|net::ERR_|NS_ERROR_/.test(text);

export function wrapPlaywright(page: PwPage): TestPage {
  const consoleErrors: string[] = [];
  page.on('console', (m) => void (isErrorWorthReporting(m.type(), m.text()) && consoleErrors.push(m.text())));
  page.on('pageerror', (e) => void consoleErrors.push(String(e)));
  return {
    goto: async (url, waitUntil = 'load') => void (await page.goto(url, { waitUntil })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitForFunction: async (fn, arg, timeout = 20_000) =>
      void (await page.waitForFunction(fn as never, arg, { timeout })),
    consoleErrors,
    close: () => page.close(),
    raw: page,
  };
}

export function wrapPuppeteer(page: PpPage): TestPage {
  const consoleErrors: string[] = [];
  page.on('console', (m) => void (isErrorWorthReporting(m.type(), m.text()) && consoleErrors.push(m.text())));
  page.on('pageerror', (e) => void consoleErrors.push(String(e)));
  return {
    goto: async (url, waitUntil = 'load') => void (await page.goto(url, { waitUntil })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitForFunction: (fn, arg, timeout) => pollFirefox(page, fn, arg, timeout),
    consoleErrors,
    close: () => page.close(),
    raw: page,
  };
}

function chromiumFacade(first: ChromiumSession): TestBrowser {
  let s = first;
  const extensionUrl = (path: string) => `chrome-extension://${s.extensionId}/${path.replace(/^\//, '')}`;
  return {
    name: 'chromium',
    newPage: async () => wrapPlaywright(await s.context.newPage()),
    openExtensionPage: async (path) => {
      const page = wrapPlaywright(await s.context.newPage());
      await page.goto(extensionUrl(path));
      return page;
    },
    extensionUrl,
    relaunch: async () => void (s = await s.relaunch()),
    close: () => s.close(),
  };
}

function firefoxFacade(first: FirefoxSession): TestBrowser {
  let s = first;
  return {
    name: 'firefox',
    newPage: async () => wrapPuppeteer(await s.browser.newPage()),
    openExtensionPage: async (path) => wrapPuppeteer(await openFirefoxExtensionPage(s, path)),
    extensionUrl: (path) => `${s.extensionOrigin}/${path.replace(/^\//, '')}`,
    relaunch: async () => void (s = await s.relaunch()),
    close: () => s.close(),
  };
}

/** Launches the named browser with the built extension (.output/chrome-mv3 or .output/firefox-mv2). */
export async function launchBrowser(name: BrowserName, firefox: FirefoxOptions = {}): Promise<TestBrowser> {
  return name === 'chromium' ? chromiumFacade(await launchChromium()) : firefoxFacade(await launchFirefox(firefox));
}
