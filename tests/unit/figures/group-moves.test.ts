// Issue 12, item 4: a level and its move are one row, whichever comes first and with a time phrase between them.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';
import { panelRows } from '../../../utils/figures/panel-rows';

const rowsOf = (text: string) =>
  panelRows(extractFigures(text)).map((r) => [r.figure.text, ...r.members.map((m) => m.text)]);

describe('a level with its move is one row', () => {
  it('reads the move said before the level it reached ("rose 3.5% to $27.2bn")', () => {
    const rows = rowsOf('Revenue at the brewer rose 3.5% to $27.2 billion in the quarter.');
    expect(rows).toContainEqual(['$27.2 billion', '3.5%']);
  });

  it('reads a move after a time phrase ("208,560 bicycles this year, down 5 percent")', () => {
    const rows = rowsOf('Shoppers bought 208,560 bicycles this year, down 5 percent from a year earlier.');
    expect(rows).toContainEqual(['208,560 bicycles', '5 percent']);
  });

  it('keeps two shares apart, and a share with no move before a level', () => {
    expect(rowsOf('The bank cut its rate by 0.25 percent to 4.5 percent.').flat()).toContain('4.5 percent');
    const rows = rowsOf('About 40% of the budget, or $1.2 billion, goes to schools.');
    expect(rows.some((r) => r[0] === '$1.2 billion' && r.includes('40%'))).toBe(false);
  });

  it('leaves a move to a year alone', () => {
    const rows = rowsOf('Exports rose 4% to 2019 levels after a weak spring.');
    expect(rows.some((r) => r.length > 1 && r.includes('4%') && r[0] !== '4%')).toBe(false);
  });
});
