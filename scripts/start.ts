// `npm start` (Chromium) / `npm start -- --firefox`: build Sift, serve the demo page from 127.0.0.1 and open a
// browser with Sift loaded on it. Without a display it says so, tells how to load the build by hand, and exits
// (or keeps serving the demo page with --serve).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromeBuild, launchChromium } from '../tests/e2e/harness/chromium.ts';
import { firefoxBuild, launchFirefox } from '../tests/e2e/harness/firefox.ts';
import { repoRoot } from '../tests/e2e/harness/server.ts';
import { startDemoServer } from './lib/demo-server.ts';

const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
const keepServing = args.includes('--serve');

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

// Without a display the reader loads the build by hand, in either browser: build both.
for (const target of hasDisplay ? [firefox ? 'firefox' : 'chrome'] : ['chrome', 'firefox']) {
  const wxt = join(repoRoot, 'node_modules/.bin/wxt');
  const build = spawnSync(wxt, ['build', '-b', target], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startDemoServer();
const demoUrl = server.url('/demo/source.html');
if (!hasDisplay) {
  console.log(`
No display found (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open here.
Sift is built; load it by hand in a browser on a machine with a screen:
  Chrome/Chromium: chrome://extensions → turn on Developer mode → Load unpacked → ${chromeBuild}
  Firefox:         about:debugging#/runtime/this-firefox → Load Temporary Add-on… → ${join(firefoxBuild, 'manifest.json')}
Demo page (served from this machine while this command runs): ${demoUrl}
${keepServing ? 'Serving the demo page until Ctrl+C.' : 'Run `npm start -- --serve` to keep serving it.'}`);
  if (!keepServing) await server.stop();
} else if (firefox) {
  const session = await launchFirefox({ headless: false, offline: false });
  const page = await session.browser.newPage();
  await page.goto(demoUrl);
  console.log(`Firefox is open with Sift on ${demoUrl}. Close the browser to stop.`);
  session.browser.on('disconnected', () => void server.stop());
} else {
  const session = await launchChromium({ headless: false, offline: false });
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(demoUrl);
  // Chromium offers no flag, manifest key or API to pin an extension (only a system-wide enterprise policy does, see
  // README), so the reader is told how.
  console.log(`Chromium is open with Sift on ${demoUrl}. Close the browser to stop.
To keep Sift in view: click the puzzle piece (Extensions) in the toolbar, then the pin beside Sift.`);
  session.context.on('close', () => void server.stop());
}
