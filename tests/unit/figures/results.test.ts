// Scores and tallies are results, kept in the order written, never ranges (issue 12).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';
import { formatFigureValue } from '../../../utils/figures/format-figure';

// [sentence, the result as written, its two numbers in order]
const results: [string, string, [number, number]][] = [
  ['United won 3–1 at home on Saturday.', '3–1', [3, 1]],
  ['The Chiefs beat them 24-17 in the rain.', '24-17', [24, 17]],
  ['The House passed the measure 212 to 204.', '212 to 204', [212, 204]],
  ['The justices issued a 5-4 ruling on Friday.', '5-4', [5, 4]],
  ['The motion carried after a 52-48 vote.', '52-48', [52, 48]],
  ['The town drew 2-2 with its rivals.', '2-2', [2, 2]],
  ['Rovers were 2-0 down at the break.', '2-0', [2, 0]],
  ['The senators voted 49-51 against the bill.', '49-51', [49, 51]],
  ['The Lions edged past them 17-20 in overtime.', '17-20', [17, 20]],
  ['They sealed a 4-1 victory in Lisbon.', '4-1', [4, 1]],
  ['The council voted 7 to 2 in favour of the plan.', '7 to 2', [7, 2]],
  ['Game 7 was tied at 89-89 with a minute left.', '89-89', [89, 89]],
];

describe('results', () => {
  it.each(results)('%s → %s', (text, surface, value) => {
    const figs = extractFigures(text);
    const r = figs.find((f) => f.kind === 'result');
    expect(r, JSON.stringify(figs.map((f) => [f.kind, f.text]))).toBeDefined();
    expect([r!.text, r!.value]).toEqual([surface, value]);
    expect(r!.unit).toBeUndefined();
    const others = figs.filter((f) => f.kind !== 'result' && f.kind !== 'date');
    const overlapping = others.filter((f) => f.start < r!.end && f.end > r!.start);
    expect(overlapping).toEqual([]);
  });

  it('shows a result as written, with no range sign between a low and a high', () => {
    const r = extractFigures('The visitors won 3-1.').find((f) => f.kind === 'result')!;
    expect(formatFigureValue(r, 'en-US')).toBe('3–1');
  });
});

// Ranges that stay ranges next to the words that mark results.
const ranges: [string, string, [number, number], string | undefined][] = [
  ['Shares were up 3-4% after the vote.', '3-4%', [3, 4], 'percent'],
  ['Some 20-25 people won prizes.', '20-25 people', [20, 25], 'people'],
  ['The club won 3-5 games a season in the 1990s.', '3-5 games a season', [3, 5], 'games per season'],
  ['Voters aged 18-24 turned out in numbers.', '18-24', [18, 24], 'year of age'],
  ['The bill would cost $10 to $15 billion, the vote showed.', '$10 to $15 billion', [10e9, 15e9], 'USD'],
  ['Temperatures of 10 to 15 degrees are forecast after the draw.', '10 to 15 degrees', [10, 15], 'degree'],
];

describe('ranges stay ranges', () => {
  it.each(ranges)('%s → %s', (text, surface, value, unit) => {
    const f = extractFigures(text).find((x) => x.text === surface);
    expect(f, JSON.stringify(extractFigures(text).map((x) => [x.kind, x.text]))).toBeDefined();
    expect([f!.kind === 'result', f!.value, f!.unit]).toEqual([false, value, unit]);
  });
});
