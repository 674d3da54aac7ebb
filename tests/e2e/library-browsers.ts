import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

// The two real browsers behind one small interface, each on a profile directory that survives a relaunch.
// Stopgap until the shared harness (tests/e2e/harness/, branch `content`) is merged; then use that instead.

export type BrowserName = 'chromium' | 'firefox';

export interface ExtPage {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  waitFor<A>(fn: (arg: A) => boolean, arg: A, timeout?: number): Promise<void>;
  /** Sets the files of an <input type=file>. */
  upload(selector: string, file: string): Promise<void>;
}

export interface ExtBrowser {
  name: BrowserName;
  open(path: string): Promise<ExtPage>;
  close(): Promise<void>;
}

const GECKO_ID = 'sift@sift.example';
const FIREFOX_UUID = '6f1f3b1e-5a7c-4d8e-9c1a-51f7e0b5a1f1';

export const buildDir = (name: BrowserName) => resolve('.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
export const freshProfile = () => mkdtempSync(join(tmpdir(), 'sift-e2e-'));

export function launch(name: BrowserName, profile: string): Promise<ExtBrowser> {
  return name === 'chromium' ? launchChromium(profile) : launchFirefox(profile);
}

async function launchChromium(profile: string): Promise<ExtBrowser> {
  const dir = buildDir('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // URL.origin is "null" for chrome-extension: in Node; the id is the host.
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    name: 'chromium',
    async open(path) {
      const page = await context.newPage();
      await page.goto(`${origin}/${path}`);
      return wrapPlaywright(page);
    },
    close: () => context.close(),
  };
}

function wrapPlaywright(page: PwPage): ExtPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeout = 20_000) {
      await page.waitForFunction(fn as never, arg, { timeout });
    },
    upload: (selector, file) => page.setInputFiles(selector, file),
  };
}

async function launchFirefox(profile: string): Promise<ExtBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // The add-on is installed as temporary again after each relaunch: keep its data and origin meanwhile.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
    },
  });
  await browser.installExtension(buildDir('firefox'));
  return {
    name: 'firefox',
    async open(path) {
      const page = await browser.newPage();
      // goto never resolves on moz-extension:// pages: start it and wait for the document instead.
      void page.goto(`moz-extension://${FIREFOX_UUID}/${path}`).catch(() => {});
      await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete',
        { timeout: 20_000 });
      return wrapPuppeteer(page);
    },
    close: () => browser.close(),
  };
}

function wrapPuppeteer(page: PpPage): ExtPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeout = 20_000) {
      await page.waitForFunction(fn as never, { timeout }, arg);
    },
    async upload(selector, file) {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    },
  };
}
