import { describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { inBackground } from './harness/background';
import { browserNames, type TestPage } from './harness/browsers';
import { useExtensionSession } from './harness/session';
import { storageGet, storageSet } from './harness/storage';

// Issue 14, item 6: the page a first install opens (what Sift does, how to pin it, the shortcut) and the settings
// page (sites switched off, the reader's rules, reading defaults, storage in plain words). Item 8: axe finds no
// serious or critical violation on either, light or dark.

type Hooked = typeof globalThis & { siftWelcome(details: { reason: string }): Promise<boolean> };

const tabUrls = (ext: TestPage) =>
  ext.evaluate(async () => {
    interface TabsApi {
      tabs: { query(q: object): Promise<{ url?: string; pendingUrl?: string }[]> };
    }
    const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    return (await (g.browser ?? g.chrome).tabs.query({})).map((tab) => tab.url ?? tab.pendingUrl ?? '');
  });

for (const name of browserNames) {
  describe(`welcome and settings in ${name}`, () => {
    const s = useExtensionSession(name, () => ({}));

    it('opens the welcome page on a first install, not on an update', async () => {
      const welcome = s.browser.extensionUrl('welcome.html');
      const count = (urls: string[]) => urls.filter((url) => url === welcome).length;
      const before = count(await tabUrls(s.ext));
      const onUpdate = await inBackground(
        s.browser,
        s.ext,
        (bg, reason) => (bg as Hooked).siftWelcome({ reason }),
        'update',
      );
      expect(onUpdate).toBe(false);
      expect(count(await tabUrls(s.ext))).toBe(before);
      const onInstall = await inBackground(
        s.browser,
        s.ext,
        (bg, reason) => (bg as Hooked).siftWelcome({ reason }),
        'install',
      );
      expect(onInstall).toBe(true);
      // Firefox lists a new tab's address only once it starts loading it.
      await expect.poll(async () => count(await tabUrls(s.ext))).toBe(before + 1);
    });

    it('shows the save shortcut as configured, and where to change it', async () => {
      const page = s.closeAfterTest(await s.browser.openExtensionPage('welcome.html'));
      await page.waitForFunction(() => document.querySelector('.w-shortcut')?.getAttribute('aria-busy') === 'false');
      const shown = await page.evaluate(() => ({
        keys: document.querySelector('.w-keys')?.textContent,
        text: document.body.textContent,
        title: document.title,
        demo: document.querySelectorAll('.w-clutter').length,
        remote: [...document.querySelectorAll('img')].filter((img) => !img.src.startsWith(location.origin)).length,
      }));
      expect(shown.keys).toBe('Alt+Shift+S');
      expect(shown.text).toContain(name === 'firefox' ? 'about:addons' : 'chrome://extensions/shortcuts');
      expect(shown.text).toContain(name === 'firefox' ? 'Pin to Toolbar' : 'the pin beside Sift');
      expect(shown.title).toBe('Welcome to Sift');
      expect(shown.demo).toBeGreaterThan(0);
      expect(shown.remote).toBe(0);
    });

    it('lists sites switched off and the reader’s rules, and undoes each', async () => {
      await storageSet(s.ext, {
        siteSettings: { 'quiet.example': { enabled: false } },
        siteRules: { 'news.example': { hide: ['.promo-box'], show: ['#keep-me'] } },
      });
      const page = s.closeAfterTest(await s.browser.openExtensionPage('options.html'));
      await page.waitForFunction(() => document.body.textContent?.includes('quiet.example'));
      expect(await page.evaluate(() => document.body.textContent)).toContain('.promo-box');

      await page.evaluate(() =>
        (document.querySelector('[aria-label="Switch on for quiet.example"]') as HTMLElement).click(),
      );
      await page.waitForFunction(() => !document.body.textContent?.includes('quiet.example'));
      expect(await storageGet(s.ext, 'siteSettings')).toEqual({});

      await page.evaluate(() =>
        (document.querySelector('[aria-label="Remove the rule .promo-box"]') as HTMLElement).click(),
      );
      await page.waitForFunction(() => !document.body.textContent?.includes('.promo-box'));
      expect(await storageGet(s.ext, 'siteRules')).toEqual({ 'news.example': { hide: [], show: ['#keep-me'] } });
    });

    it('says in plain words how much room there is and whether the library is kept safe', async () => {
      const page = s.closeAfterTest(await s.browser.openExtensionPage('options.html'));
      await page.waitForFunction(() => !!document.querySelector('.page-storage-free'));
      const text = await page.evaluate(
        () => document.querySelector('[aria-labelledby="settings-storage"]')!.textContent,
      );
      console.log(`${name} settings storage: ${text}`);
      expect(text).toMatch(/\d+(\.\d)? (kB|MB|GB|TB) free for Sift/);
      expect(text).toMatch(/Kept safe from automatic cleanup|Not yet kept safe/);
    });

    for (const theme of ['light', 'dark'] as const) {
      for (const path of ['welcome.html', 'options.html']) {
        it(`${path}, ${theme}: no serious or critical axe violation`, async () => {
          await storageSet(s.ext, { readerPrefs: { theme, fontSize: 16 } });
          const page = s.closeAfterTest(await s.browser.openExtensionPage(path));
          await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
          await page.waitForFunction(() => !!document.querySelector('main h2'));
          const found = await seriousViolations(page);
          console.log(`axe ${name} ${path} ${theme}: ${JSON.stringify(found)}`);
          expect(found).toEqual([]);
        });
      }
    }
  });
}
