// `npm run --silent sift -- figures --jsonl < rows.jsonl`: reads {id, text} lines (optionally published, lang) and
// writes {id, figures: [{start, end, text, kind, value, unit, change, qualifier, measures}]} lines.
import { createInterface } from 'node:readline';
import { extractFigures } from '../../utils/figures/index.ts';
import type { Figure } from '../../utils/figures/types.ts';

/** One figure as printed on a `figures --jsonl` line (and scored by ../shared/figures/score.py). */
export function figureRow({ start, end, text, kind, value, unit, change, qualifier, measures, converted }: Figure) {
  return { start, end, text, kind, value, unit, change, qualifier, measures, ...(converted ? { converted } : {}) };
}

export async function run(args: string[]): Promise<number> {
  if (!args.includes('--jsonl')) {
    process.stderr.write('usage: npm run --silent sift -- figures --jsonl < rows.jsonl\n');
    return 2;
  }
  let bad = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    let row: { id?: unknown; text?: unknown; published?: unknown; lang?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      bad++;
      continue;
    }
    if (typeof row.text !== 'string') {
      bad++;
      continue;
    }
    const figures = extractFigures(row.text, {
      published: typeof row.published === 'string' ? row.published : null,
      lang: typeof row.lang === 'string' ? row.lang : null,
    }).map(figureRow);
    process.stdout.write(JSON.stringify({ id: row.id, figures }) + '\n');
  }
  if (bad) process.stderr.write(`figures: skipped ${bad} line(s) that were not {id, text} JSON\n`);
  return bad ? 1 : 0;
}
