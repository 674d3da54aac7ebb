import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { browserNames, launchBrowser, type TestBrowser } from './harness/browsers';
import { chromeBuild } from './harness/chromium';
import { firefoxBuild } from './harness/firefox';

// Issue 14: the toolbar and the extensions page showed a generic letter. The built extension names its icons,
// and each one loads as a square image of the size it is listed under.

interface Manifest {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  browser_action?: { default_icon?: Record<string, string> };
}

for (const name of browserNames) {
  const build = name === 'chromium' ? chromeBuild : firefoxBuild;
  describe.skipIf(!existsSync(build))(`icons in ${name}`, () => {
    let browser: TestBrowser | undefined;
    afterAll(async () => await browser?.close());

    it('lists the extension and toolbar icons, each a loadable square PNG of its size', async () => {
      browser = await launchBrowser(name);
      const page = await browser.openExtensionPage('library.html');
      const seen = await page.evaluate(async () => {
        const g = globalThis as unknown as {
          browser?: { runtime: { getManifest(): Manifest } };
          chrome: { runtime: { getManifest(): Manifest } };
        };
        const manifest = (g.browser ?? g.chrome).runtime.getManifest();
        const action = (manifest.action ?? manifest.browser_action)?.default_icon ?? {};
        const sizes: Record<string, string> = {};
        for (const [size, path] of [
          ...Object.entries(manifest.icons ?? {}),
          ...Object.entries(action),
          ['16', '/icon/off-16.png'],
        ]) {
          const bitmap = await createImageBitmap(await (await fetch(path!)).blob());
          sizes[`${size} ${path}`] = `${bitmap.width}x${bitmap.height}`;
        }
        return { icons: Object.keys(manifest.icons ?? {}), action: Object.keys(action), sizes };
      });
      expect(seen.icons).toEqual(['16', '32', '48', '96', '128']);
      expect(seen.action).toEqual(['16', '32', '48']);
      for (const [key, dimensions] of Object.entries(seen.sizes)) {
        const size = key.split(' ')[0];
        expect(dimensions, key).toBe(`${size}x${size}`);
      }
    });
  });
}
