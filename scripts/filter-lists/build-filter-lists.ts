// Build step (wxt.config.ts runs it before every build; `npm run filter-lists` alone): compiles the element-hiding
// rules of the filter lists Debian's webext-ublock-origin-chromium ships into generated/filter-lists/, and puts
// the lists' licence beside the built extension's files. Without the package Sift builds with its own rules only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FilterListSource } from '../../utils/clean/filter-list';
import { compileFilterLists } from './compile-filter-list';
import { genericCss } from './generic-css';
import { ownCss } from './own-css';

const PACKAGE = 'webext-ublock-origin-chromium';
const ASSETS = '/usr/share/chromium/extensions/ublock-origin/assets';
const LISTS = [
  { name: 'EasyList', path: join(ASSETS, 'thirdparties/easylist/easylist.txt') },
  { name: 'uBlock filters', path: join(ASSETS, 'ublock/filters.min.txt') },
];
const root = resolve(import.meta.dirname, '../..');
export const generatedDir = join(root, 'generated/filter-lists');
const licenceFile = join(root, 'public/filter-lists-LICENSE.txt');
// The per-site tables ship as a file of the extension that the background reads when a page first asks: bundled
// into background.js they would be evaluated at every wake of the service worker (issue 11).
const packagedDir = join(root, 'public/filter-lists');

export function buildFilterLists(log: (line: string) => void = console.log): void {
  mkdirSync(generatedDir, { recursive: true });
  const present = LISTS.filter((list) => existsSync(list.path));
  const texts = present.map((list) => readFileSync(list.path, 'utf8'));
  const compiled = compileFilterLists(texts);
  const { ids, classes, keyed, sites, exceptions } = compiled;
  const source: FilterListSource | null = present.length
    ? {
        lists: present.map((l) => l.name),
        // The lists say "Last modified: %timestamp%" in this package: the files' date is the lists' date.
        date: new Date(Math.max(...present.map((l) => statSync(l.path).mtimeMs))).toISOString().slice(0, 10),
        version: packageVersion(),
      }
    : null;
  writeFileSync(join(generatedDir, 'generic.json'), JSON.stringify({ ids, classes, keyed }));
  writeFileSync(join(generatedDir, 'sites.json'), JSON.stringify({ sites, exceptions }));
  writeFileSync(join(generatedDir, 'generic.css'), genericCss({ ids, classes, keyed }));
  // Sift's own plain names, whether or not the lists are there.
  writeFileSync(join(generatedDir, 'own.css'), ownCss());
  mkdirSync(packagedDir, { recursive: true });
  writeFileSync(join(packagedDir, 'sites.json'), JSON.stringify({ sites, exceptions }));
  writeFileSync(join(generatedDir, 'source.json'), JSON.stringify(source));
  if (!source) {
    rmSync(licenceFile, { force: true });
    log(
      `filter lists: ${PACKAGE} is not installed (no ${LISTS[0]!.path}); building with Sift's own rules only.` +
        ` Install it with: apt-get install ${PACKAGE}`,
    );
    return;
  }
  mkdirSync(join(root, 'public'), { recursive: true });
  writeFileSync(licenceFile, licenceText(source));
  const siteRules = Object.values(sites).reduce((n, list) => n + list.length, 0);
  log(
    `filter lists: ${source.lists.join(' + ')} of ${source.date} (${PACKAGE} ${source.version}): ` +
      `${ids.length + classes.length + keyed.length} generic rules, ${siteRules} rules for ${Object.keys(sites).length} sites`,
  );
}

function packageVersion(): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', PACKAGE], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function licenceText(source: FilterListSource): string {
  const copyright = `/usr/share/doc/${PACKAGE}/copyright`;
  return [
    `Sift bundles element-hiding rules compiled from ${source.lists.join(' and ')} (lists of ${source.date},`,
    `as shipped by Debian's ${PACKAGE} ${source.version}).`,
    '',
    'EasyList (https://easylist.to/) by the EasyList authors, dual-licensed under the GNU General Public License,',
    'version 3 or later, and the Creative Commons Attribution-ShareAlike 3.0 Unported licence',
    '(https://creativecommons.org/licenses/by-sa/3.0/).',
    'uBlock filters (https://github.com/uBlockOrigin/uAssets) by Raymond Hill and contributors, under the GNU',
    'General Public License, version 3 (https://www.gnu.org/licenses/gpl-3.0.html).',
    '',
    'The compiled rules (content-scripts/early.css and filter-lists/sites.json in this extension) are a derivative',
    'of those lists',
    'and are available under the same terms.',
    ...(existsSync(copyright) ? ['', `---- ${copyright} ----`, readFileSync(copyright, 'utf8')] : []),
    ...(existsSync('/usr/share/common-licenses/GPL-3')
      ? [
          '',
          '---- GNU General Public License, version 3 ----',
          readFileSync('/usr/share/common-licenses/GPL-3', 'utf8'),
        ]
      : []),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) buildFilterLists();
