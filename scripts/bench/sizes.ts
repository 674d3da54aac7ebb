// What each context loads, from the release zips (built here): gzip -9 sizes against issue 11's
// budgets, and the content script against the baseline of the same run, what every page paid before the split
// (the clean script plus the extraction it carried, now extract.js, injected only when asked).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzSize, popupScripts } from '../release/check-release-lib';
import { readZip } from '../release/read-zip';

const output = resolve(import.meta.dirname, '../../.output');
const KB = 1024;

function releaseZip(browser: string): Map<string, Buffer> {
  const find = () => (existsSync(output) ? readdirSync(output).find((f) => f.endsWith(`-${browser}.zip`)) : undefined);
  // Zipped afresh: a zip left from an earlier build would measure old code.
  execFileSync('npx', ['wxt', 'zip', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], { stdio: 'ignore' });
  return readZip(readFileSync(join(output, find()!)));
}

export async function run(): Promise<void> {
  for (const browser of ['chrome', 'firefox']) {
    const zip = releaseZip(browser);
    const size = (files: string[]) => files.reduce((sum, f) => sum + gzSize(zip.get(f) ?? Buffer.alloc(0)), 0);
    const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
    const clean = size(['content-scripts/clean.js']);
    const extract = size(['extract.js']);
    const rows: [string, number, number | null][] = [
      ['content script (every page)', clean, 15 * KB],
      ['early script + stylesheet (every page)', size(['content-scripts/early.js', 'content-scripts/early.css']), null],
      ['extract.js (popup open, save)', extract, null],
      ['background', size(['background.js']), browser === 'chrome' ? 60 * KB : null],
      ["popup.html's up-front scripts", size(popupScripts(zip)), 25 * KB],
    ];
    console.log(`${browser} (release zip, gzip -9):`);
    for (const [what, bytes, budget] of rows)
      console.log(`  ${what.padEnd(40)} ${kb(bytes).padStart(9)}${budget ? `  (budget ${kb(budget)})` : ''}`);
    console.log(
      `  every page's script vs. before the split (clean + extraction, ${kb(clean + extract)}): ${(clean / (clean + extract)).toFixed(2)}×`,
    );
  }
}
