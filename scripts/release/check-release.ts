// `npm run check` (after `wxt zip` for both browsers): the release zips hold no test hook, and the parts every page
// or every wake pays for stay within issue 11's budgets (gzip -9 sizes, as the bench prints them).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzSize, popupScripts } from './check-release-lib';
import { readZip } from './read-zip';

const output = resolve(import.meta.dirname, '../../.output');
// Names only a test build defines (utils/background/saving.ts and welcome.ts, entrypoints/library/main.ts).
const HOOKS = ['siftSaving', 'siftLibrary', 'siftWelcome', 'siftFetching', 'WXT_TEST_HOOKS'];
const KB = 1024;
const BUDGETS: [browser: string, what: string, files: (zip: Map<string, Buffer>) => string[], max: number][] = [
  ['chrome', 'content script', () => ['content-scripts/clean.js'], 15 * KB],
  ['firefox', 'content script', () => ['content-scripts/clean.js'], 15 * KB],
  ['chrome', 'service worker', () => ['background.js'], 60 * KB],
  ['chrome', "popup.html's up-front scripts", popupScripts, 25 * KB],
];

const problems: string[] = [];
const zips = readdirSync(output).filter((f) => /-(chrome|firefox)\.zip$/.test(f));
for (const browser of ['chrome', 'firefox']) {
  const name = zips.find((f) => f.endsWith(`-${browser}.zip`));
  if (!name) {
    problems.push(`no ${browser} release zip in .output (run wxt zip first)`);
    continue;
  }
  const zip = readZip(readFileSync(join(output, name)));
  for (const [file, data] of zip) {
    if (!/\.(js|html|json)$/.test(file)) continue;
    const text = data.toString('utf8');
    for (const hook of HOOKS) if (text.includes(hook)) problems.push(`${name}: ${file} holds the test hook ${hook}`);
  }
  for (const [which, what, files, max] of BUDGETS) {
    if (which !== browser) continue;
    const listed = files(zip);
    const size = listed.reduce((sum, file) => sum + gzSize(zip.get(file) ?? Buffer.alloc(0)), 0);
    const missing = listed.filter((file) => !zip.has(file));
    if (!listed.length || missing.length) problems.push(`${name}: ${what}: missing ${missing.join(', ') || 'files'}`);
    else if (size > max) problems.push(`${name}: ${what} is ${(size / KB).toFixed(1)} KB gzip, over ${max / KB} KB`);
    else console.log(`release ${browser}: ${what} ${(size / KB).toFixed(1)} KB gzip (budget ${max / KB} KB)`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`release zips (${zips.join(', ')}): no test hooks`);
