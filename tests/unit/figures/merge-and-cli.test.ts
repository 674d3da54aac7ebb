import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';

describe('near-duplicates and the CLI', () => {
  it('merges a figure said twice in different sentences and keeps the first mention', () => {
    const text = 'The market will reach $140bn by 2030. Analysts repeat that $140bn is within reach.';
    const money = extractFigures(text).filter((f) => f.kind === 'money');
    expect(money.map((f) => f.start)).toEqual([text.indexOf('$140bn')]);
    const unmerged = extractFigures(text, { merge: false }).filter((f) => f.kind === 'money');
    expect(unmerged).toHaveLength(2);
    expect(money[0]!.score).toBeGreaterThan(unmerged[0]!.score);
  });

  it('keeps the same value twice in one sentence (two facts)', () => {
    const figs = extractFigures('The nasdaq rose 0.2% and the Dow fell 0.2%.');
    expect(figs.map((f) => f.change)).toEqual(['up', 'down']);
  });

  it('sift figures --jsonl writes one line of figures per input row', () => {
    const input = '{"id":"a","text":"Sales rose 12% to $4.2bn."}\n{"id":"b","text":"No numbers here."}\n';
    // The script `npm run sift` runs, in Node with tsx's loader: no npx start-up (about 1.5 s of CPU).
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/sift.ts', 'figures', '--jsonl'], {
      input,
      encoding: 'utf8',
    });
    expect(out.status).toBe(0);
    const rows = out.stdout
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { id: string; figures: { text: string; kind: string; value: number; unit: string }[] },
      );
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(rows[0]!.figures.map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ['12%', 'percent', 12, 'percent'],
      ['$4.2bn', 'money', 4.2e9, 'USD'],
    ]);
    expect(rows[1]!.figures).toEqual([]);
  }, 30_000);
});
