// `npm run bench -- figures`: key-figure quality on NewsQuant dev sentences through the reference scorer
// (../shared/figures/score.py, see its README), next to the published anchors; then speed and bundle size.
// `-- figures --errors` also prints the scorer's error list.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { extractFigures } from '../../utils/figures/index.ts';
import { findShared, scoreNewsQuant } from './newsquant.ts';

/** Median ms per 1,000 words over real article texts (the zyte-dev bodies and the seed page), after a warm-up. */
function speed(shared: string | null): { median: number; docs: number } {
  const bodies = shared && join(shared, 'corpus/zyte-dev/ground-truth.json');
  const docs: string[] = [];
  if (bodies && existsSync(bodies)) {
    const gt = JSON.parse(readFileSync(bodies, 'utf8')) as Record<string, { articleBody?: string }>;
    for (const v of Object.values(gt))
      if (v.articleBody && v.articleBody.split(/\s+/).length >= 100) docs.push(v.articleBody);
  }
  const seed = shared && join(shared, 'seed/news-page-as-read.txt');
  if (seed && existsSync(seed)) docs.push(readFileSync(seed, 'utf8'));
  if (!docs.length) return { median: NaN, docs: 0 };
  for (const d of docs) extractFigures(d);
  const per: number[] = [];
  for (let rep = 0; rep < 15; rep++) {
    for (const d of docs) {
      const t = performance.now();
      extractFigures(d, { published: '2025-08-03' });
      per.push(((performance.now() - t) * 1000) / d.split(/\s+/).length);
    }
  }
  per.sort((a, b) => a - b);
  return { median: per[Math.floor(per.length / 2)]!, docs: docs.length };
}

// The language tables: read for every page today, though an English article never needs them.
const LANGUAGE_TABLES = /(?:european-words|european-units|cjk-units|find-cjk-figures)\.ts$/;

const FIGURES = new URL('../../utils/figures/', import.meta.url).pathname;

/** Modules of utils/figures bundled and minified as the extension ships them; `tables` = minified bytes of the
 * language tables in the bundle. */
async function bundleSize(contents: string): Promise<{ min: number; gz: number; tables: number }> {
  const out = await build({
    stdin: { contents, resolveDir: FIGURES, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    metafile: true,
  });
  const code = out.outputFiles[0]!.contents;
  const inputs = Object.entries(Object.values(out.metafile.outputs)[0]!.inputs);
  const tables = inputs.filter(([k]) => LANGUAGE_TABLES.test(k)).reduce((n, [, v]) => n + v.bytesInOutput, 0);
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length, tables };
}

export async function run(): Promise<void> {
  const shared = findShared();
  scoreNewsQuant(shared, process.argv.includes('--errors'));
  const sp = speed(shared);
  if (sp.docs)
    console.log(`speed: median ${sp.median.toFixed(3)} ms per 1,000 words over ${sp.docs} article texts (goal <= 2)`);
  else console.log('speed: not measured: no article texts in ../shared/corpus/zyte-dev');
  const kb = (n: number) => (n / 1024).toFixed(1);
  const size = await bundleSize("export * from './index';");
  console.log(`size: utils/figures bundled ${kb(size.min)} KB min, ${kb(size.gz)} KB min+gz (goal <= 20)`);
  // Where it runs: extraction in the content script (every article page, every language: a content script is one
  // classic script, so a dynamic import() there is inlined, not loaded lazily), the panel in the popup.
  const content = await bundleSize("export { extractFigures } from './extract-figures';");
  const popup = await bundleSize("export { panelRows } from './panel-rows'; export * from './format-figure';");
  console.log(
    `  content script (extractFigures): ${kb(content.gz)} KB min+gz, of which language tables ${kb(content.tables)} KB min; ` +
      `popup (panelRows, format-figure): ${kb(popup.gz)} KB min+gz`,
  );
}
