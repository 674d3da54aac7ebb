// A browser that opens a page first and installs Sift afterwards, as a reader who installs it mid-visit does.
// Both browsers through puppeteer-core: Playwright cannot add an extension to a running Chromium, puppeteer can
// (CDP Extensions.loadUnpacked over a pipe).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { wrapPuppeteer, type TestPage } from './browsers.ts';
import { chromeBuild, chromiumArgs, chromiumPath } from './chromium.ts';
import { firefoxBuild, firefoxExtensionUuid, firefoxPath, firefoxPrefs, openFirefoxExtensionPage } from './firefox.ts';
import type { BrowserName } from './browsers.ts';

export interface LateInstallBrowser {
  newPage(): Promise<TestPage>;
  /** Installs the built extension now. */
  install(): Promise<void>;
  openExtensionPage(path: string): Promise<TestPage>;
  close(): Promise<void>;
}

export async function launchWithoutSift(name: BrowserName): Promise<LateInstallBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), `sift-late-${name}-`));
  const browser: Browser =
    name === 'chromium'
      ? await puppeteer.launch({
          executablePath: chromiumPath,
          headless: true,
          pipe: true,
          enableExtensions: true,
          userDataDir,
          args: chromiumArgs(),
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: firefoxPath,
          headless: true,
          protocol: 'webDriverBiDi',
          userDataDir,
          args: ['--remote-allow-system-access'],
          extraPrefsFirefox: firefoxPrefs(),
        });
  let origin = '';
  return {
    newPage: async () => wrapPuppeteer(await browser.newPage()),
    install: async () => {
      const id = await browser.installExtension(name === 'chromium' ? chromeBuild : firefoxBuild);
      origin = name === 'chromium' ? `chrome-extension://${id}` : `moz-extension://${firefoxExtensionUuid}`;
    },
    openExtensionPage: async (path) => {
      if (name === 'firefox')
        return wrapPuppeteer(await openFirefoxExtensionPage({ browser, extensionOrigin: origin }, path));
      const page = await browser.newPage();
      await page.goto(`${origin}/${path}`);
      return wrapPuppeteer(page);
    },
    close: () => browser.close(),
  };
}
