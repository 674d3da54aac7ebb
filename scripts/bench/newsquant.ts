// NewsQuant dev through the reference scorer (../shared/figures/score.py), so the number printed here is the one
// compared with CQE's published F1. Sift's own unit tables are never used to normalise the gold.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { figureRow } from '../cli/figures.ts';
import { extractFigures } from '../../utils/figures/index.ts';

/** The shared data folder: `../shared` next to the checkout, or next to any folder above it (worktrees). */
export function findShared(): string | null {
  for (let dir = join(import.meta.dirname, '../..'); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '../shared/figures'))) return join(dir, '../shared');
    if (dirname(dir) === dir) return null;
  }
}

/** Scores Sift's `figures --jsonl` output on NewsQuant dev with score.py and prints what it says. */
export function scoreNewsQuant(shared: string | null, errors: boolean): void {
  const dev = shared && join(shared, 'figures/newsquant-dev.jsonl');
  const scorer = shared && join(shared, 'figures/score.py');
  if (!dev || !scorer || !existsSync(dev) || !existsSync(scorer)) {
    console.log('NewsQuant: not scored: ../shared/figures (newsquant-dev.jsonl, score.py) is not next to the checkout');
    return;
  }
  const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (python.error || python.status !== 0) {
    console.log('NewsQuant: not scored: python3 is not on PATH (the reference scorer is ../shared/figures/score.py)');
    return;
  }
  const lines = readFileSync(dev, 'utf8').split('\n').filter(Boolean);
  const rows = lines.map((l) => JSON.parse(l) as { id: string; text: string });
  // The same lines `npm run --silent sift -- figures --jsonl` prints for these rows.
  const out = rows.map((r) => JSON.stringify({ id: r.id, figures: extractFigures(r.text).map(figureRow) })).join('\n');
  const tmp = mkdtempSync(join(tmpdir(), 'sift-newsquant-'));
  try {
    const file = join(tmp, 'out.jsonl');
    writeFileSync(file, out + '\n');
    const run = spawnSync('python3', [scorer, dev, file, ...(errors ? ['--errors'] : [])], { encoding: 'utf8' });
    if (run.status !== 0) {
      console.log(`NewsQuant: score.py failed (exit ${run.status}): ${run.stderr.trim()}`);
      return;
    }
    const said = run.stdout.trim().split('\n');
    if (errors) console.log(said.slice(0, -2).join('\n'));
    const s = JSON.parse(said[said.length - 2]!) as Record<'value' | 'value+unit', [number, number, number]>;
    const pr = (k: 'value' | 'value+unit') => `P ${s[k][0].toFixed(1)} R ${s[k][1].toFixed(1)}`;
    console.log(`NewsQuant dev: ${rows.length} sentences, scored by ../shared/figures/score.py (dates left out)`);
    console.log('extractor                        value F1   value+unit F1');
    const f1 = (k: 'value' | 'value+unit') => s[k][2].toFixed(1).padStart(5);
    console.log(
      `Sift utils/figures (this run)      ${f1('value')}          ${f1('value+unit')}    (${pr('value')} / ${pr('value+unit')})`,
    );
    console.log('CQE (published, full NewsQuant)     92.0           85.6');
    console.log('quantulum3 (published)              73.0           47.2');
    console.log('npm best: @microsoft/recognizers    72.2           40.9');
    console.log('npm: compromise / wink-nlp          71.5 / 71.4    41.5 / 45.7');
    const ratio = (k: 'value' | 'value+unit', cqe: number) => (s[k][2] / cqe).toFixed(3);
    console.log(`ratio to CQE: value ${ratio('value', 92)}, value+unit ${ratio('value+unit', 85.6)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
