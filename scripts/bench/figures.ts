// `npm run bench -- figures`: key-figure quality on NewsQuant dev sentences through the reference scorer
// (../shared/figures/score.py, see its README), next to the published anchors; then speed and bundle size.
// `-- figures --errors` also prints the scorer's error list, `-- figures --sizes` the size of each module.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { extractFigures } from '../../utils/figures/index.ts';
import { printSizeBreakdown } from './figures-size.ts';
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

const FIGURES = new URL('../../utils/figures/', import.meta.url).pathname;
// What the popup imports of utils/figures to show an article's key figures (utils/article/with-figures.ts and
// components/article/FiguresPanel.tsx); the content script imports none of it.
const POPUP_ENTRY = [
  'export { extractFigures } from "./extract-figures";',
  'export { loadFiguresFor } from "./languages";',
  'export { panelRows } from "./panel-rows";',
  'export * from "./format-figure";',
].map((line) => line.replace('"./', `"${FIGURES}`));

interface Chunk {
  name: string;
  min: number;
  gz: number;
}
/**
 * The popup's figures code as the extension ships it (bundled, minified, split at dynamic imports): `loaded` is
 * what an English article loads (the entry and what it imports statically), `lazy` the chunks fetched only for
 * other languages, each named by its largest module.
 */
async function popupSize(): Promise<{ loaded: Chunk; lazy: Chunk[]; modules: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'sift-figures-size-'));
  try {
    const entry = join(dir, 'popup-figures.ts');
    writeFileSync(entry, POPUP_ENTRY.join('\n'));
    {
      const out = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        format: 'esm',
        splitting: true,
        outdir: dir,
        write: false,
        target: 'es2022',
        metafile: true,
      });
      const meta = out.metafile.outputs;
      const gz = (path: string) => {
        const code = out.outputFiles.find((f) => f.path === path)!.contents;
        return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
      };
      const key = (path: string) => Object.keys(meta).find((k) => resolve(k) === path)!;
      const main = out.outputFiles.find((f) => meta[key(f.path)]!.entryPoint)!.path;
      const loaded = new Set<string>();
      const walk = (path: string) => {
        if (loaded.has(path)) return;
        loaded.add(path);
        for (const i of meta[key(path)]!.imports) if (i.kind === 'import-statement') walk(resolve(i.path));
      };
      walk(main);
      const sum = { name: 'loaded', min: 0, gz: 0 };
      const lazy: Chunk[] = [];
      const modules: string[] = [];
      for (const f of out.outputFiles) {
        const size = gz(f.path);
        if (loaded.has(f.path)) {
          sum.min += size.min;
          sum.gz += size.gz;
          for (const input of Object.keys(meta[key(f.path)]!.inputs))
            if (resolve(input) !== entry) modules.push(resolve(input));
        } else {
          const inputs = Object.entries(meta[key(f.path)]!.inputs).sort(
            (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
          );
          lazy.push({ name: inputs[0]?.[0].split('/').pop() ?? f.path, ...size });
        }
      }
      return { loaded: sum, lazy, modules };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const shared = findShared();
  scoreNewsQuant(shared, process.argv.includes('--errors'));
  const sp = speed(shared);
  if (sp.docs)
    console.log(`speed: median ${sp.median.toFixed(3)} ms per 1,000 words over ${sp.docs} article texts (goal <= 2)`);
  else console.log('speed: not measured: no article texts in ../shared/corpus/zyte-dev');
  const kb = (n: number) => (n / 1024).toFixed(1);
  const size = await popupSize();
  console.log(
    `size: figures code an English article's popup loads ${kb(size.loaded.min)} KB min, ${kb(size.loaded.gz)} KB min+gz ` +
      `(goal <= 20; the content script loads none)`,
  );
  console.log(
    `  loaded only for other languages: ${size.lazy.map((c) => `${c.name} ${kb(c.gz)} KB min+gz`).join(', ')}`,
  );
  if (process.argv.includes('--sizes')) await printSizeBreakdown(size.modules, resolve(FIGURES, '../..'));
}
