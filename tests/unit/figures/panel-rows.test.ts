import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures/extract-figures';
import { figureLabel, isGoodLabel } from '../../../utils/figures/figure-label';
import { groupFigures } from '../../../utils/figures/group-figures';
import { panelRows, SHOWN_ROWS } from '../../../utils/figures/panel-rows';
import type { Figure } from '../../../utils/figures/types';

// Figures built by hand, so grouping, salience and labels are tested apart from parsing.
function fig(
  text: string,
  sentence: string,
  kind: Figure['kind'],
  value: Figure['value'],
  more: Partial<Figure> & { at?: number } = {},
): Figure {
  const { at = 0, ...rest } = more;
  const start = at + sentence.indexOf(text);
  if (start < at) throw new Error(`${text} not in ${sentence}`);
  return { kind, value, text, start, end: start + text.length, sentence, score: 1, ...rest };
}

describe('groupFigures: related numbers are one row', () => {
  it('joins from → to and keeps the new value first', () => {
    const s = "China's AI industry will grow from $3.2bn last year to $140bn by 2030.";
    const groups = groupFigures([
      fig('$3.2bn', s, 'money', 3.2e9, { unit: 'USD' }),
      fig('$140bn', s, 'money', 1.4e11, { unit: 'USD' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.head.text).toBe('$140bn');
    expect(groups[0]!.members.map((m) => m.text)).toEqual(['$3.2bn']);
    expect(groups[0]!.change).toBe(true);
  });

  it('joins "to 40% from 18%", with a date between two amounts left aside', () => {
    const s = 'The share of renters who pay more than a third of their income rose to 40% in 2024 from 18%.';
    const rise = fig('40%', s, 'percent', 40, { unit: 'percent' });
    const was = fig('18%', s, 'percent', 18, { unit: 'percent' });
    expect(groupFigures([rise, was]).map((g) => [g.head.text, g.members.map((m) => m.text)])).toEqual([
      ['40%', ['18%']],
    ]);
  });

  it('keeps a price with its move', () => {
    const s = 'Brent crude closed at $81.20, up 1.4%, after the cartel met.';
    const groups = groupFigures([
      fig('$81.20', s, 'money', 81.2, { unit: 'USD' }),
      fig('1.4%', s, 'percent', 1.4, { unit: 'percent', change: 'up' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.head.text).toBe('$81.20');
  });

  it('keeps a share with its base', () => {
    const s = 'Regulators found that 7 of the 10 largest banks had missed the target.';
    const groups = groupFigures([
      fig('7', s, 'count', 7),
      fig('10 largest banks', s, 'count', 10, { unit: 'largest banks' }),
    ]);
    expect(groups).toHaveLength(1);
  });

  it('joins a figure named again in the next sentence ("the figure had leapt to")', () => {
    const a = 'Last spring some 8% of small firms used chatbots.';
    const b = 'A year later the figure had leapt to 43%.';
    const first = fig('8%', a, 'percent', 8, { unit: 'percent', measures: 'small firms' });
    const second = fig('43%', b, 'percent', 43, { unit: 'percent', at: a.length + 1, measures: 'small firms' });
    expect(groupFigures([first, second])).toHaveLength(1);
  });

  it('does not merge equal values of different facts', () => {
    const a = 'Unemployment stood at 5% in March.';
    const b = 'Inflation also reached 5% that month.';
    const rows = groupFigures([
      fig('5%', a, 'percent', 5, { unit: 'percent' }),
      fig('5%', b, 'percent', 5, { unit: 'percent', at: a.length + 1 }),
    ]);
    expect(rows).toHaveLength(2);
  });

  it('does not join two amounts that only share a sentence', () => {
    const s = 'The school spent $2m on roofs, and the library got $1m for books.';
    expect(
      groupFigures([fig('$2m', s, 'money', 2e6, { unit: 'USD' }), fig('$1m', s, 'money', 1e6, { unit: 'USD' })]),
    ).toHaveLength(2);
  });
});

describe('figureLabel: what and whose, never a pronoun, a quote or the unit again', () => {
  const label = (sentence: string, text: string, kind: Figure['kind'], value: number, more: Partial<Figure> = {}) =>
    figureLabel(fig(text, sentence, kind, value, more));

  it('names who did what', () => {
    const l = label("The council approved $4.1bn for the city's transit budget.", '$4.1bn', 'money', 4.1e9, {
      unit: 'USD',
    });
    expect(l).toMatch(/council/);
    expect(l).toMatch(/transit budget/);
  });

  it('reads the noun an amount qualifies', () => {
    expect(
      label('The fund will pay for a $3 billion buyout of existing shareholders.', '$3 billion', 'money', 3e9, {
        unit: 'USD',
      }),
    ).toBe('buyout of existing shareholders');
  });

  it('skips the speaker and "that"', () => {
    const l = label(
      'Analysts at the bank predict that the drone market will reach $9bn next year.',
      '$9bn',
      'money',
      9e9,
      { unit: 'USD' },
    );
    expect(l).toMatch(/^drone market/);
    expect(l).not.toMatch(/predict|analysts/i);
  });

  it('never starts with a pronoun nor carries a quote mark', () => {
    const pronoun = label('It earned $2.8 billion in the third quarter.', '$2.8 billion', 'money', 2.8e9, {
      unit: 'USD',
    });
    expect(pronoun).not.toMatch(/^(?:it|they|he|she)\b/i);
    const quoted = label(
      '"We will cut 4,000 jobs this year," the chief executive told staff.',
      '4,000 jobs',
      'count',
      4000,
      { unit: 'jobs' },
    );
    expect(quoted).not.toMatch(/["“”]/);
  });

  it('says more than the unit of a count', () => {
    const l = label(
      'A total of 28 people who had been in close contact with the patient were put in quarantine.',
      '28 people',
      'count',
      28,
      {
        unit: 'people',
        measures: 'people',
      },
    );
    expect(l.toLowerCase()).not.toBe('people');
    expect(l).toMatch(/close contact/);
  });

  it('labels a date with what happens then', () => {
    expect(label('The deadline for bids is March 31.', 'March 31', 'date', 20260331)).toMatch(/deadline/);
  });

  it.each([
    ['people', false],
    ['it', false],
    ['of the', false],
    ['"we will', false],
    ['commuters using the new line', true],
    ["the city's transit budget", true],
  ])('isGoodLabel(%j) → %s', (l, good) => {
    expect(isGoodLabel(l, { unit: 'people', text: '40 people' })).toBe(good);
  });
});

describe('panelRows: salience from the story', () => {
  it('puts the headline figure first and keeps the panel to five rows', () => {
    const text = [
      'The city will spend $4.1bn on transit over the next decade.',
      'Bus fares rise by 12% in January, and rail fares by 9%.',
      'The plan adds 40 electric buses and 12 tram lines.',
      'Officials expect ridership to climb 25% by 2030.',
      'The state pays $900m of the cost, and the city borrows $1.2bn.',
      'Another $300m comes from a congestion charge.',
    ].join(' ');
    const rows = panelRows(extractFigures(text), { title: 'City sets out $1.2bn of borrowing for transit' });
    expect(rows[0]!.figure.text).toBe('$1.2bn');
    expect(rows.filter((r) => r.shown).length).toBeLessThanOrEqual(SHOWN_ROWS);
    expect(rows.length).toBeGreaterThan(SHOWN_ROWS);
    // Shown rows come first, in salience order.
    const shown = rows.map((r) => r.shown);
    expect(shown.indexOf(false)).toBeGreaterThan(shown.lastIndexOf(true));
  });

  it('shows nothing when nothing is worth a box: small spelled-out counts and a dateline', () => {
    const text =
      'March 3, 2026\n\nTwo men were arrested after a fight outside a bar on Saturday night. One was later released.';
    const rows = panelRows(extractFigures(text), { title: 'Two arrested after bar fight' });
    expect(rows.filter((r) => r.shown)).toEqual([]);
  });

  it('ranks money and shares above a small spelled-out count, and a change above a lone figure', () => {
    const s = 'Three officials met on Monday. Sales rose to $52m from $40m, and margins were 8%.';
    const rows = panelRows(extractFigures(s));
    expect(rows[0]!.figure.text).toBe('$52m');
    expect(rows[0]!.members.map((m) => m.text)).toEqual(['$40m']);
    const officials = rows.findIndex((r) => /three officials/i.test(r.figure.text));
    expect(officials === -1 || officials > rows.findIndex((r) => r.figure.text === '8%')).toBe(true);
  });

  it('lets a repeat make way for a new fact', () => {
    const s =
      'The bridge will cost $5.4m. Repairs would cost $3.1m. Residents said $5.4m was too much. The works take 10 months.';
    const rows = panelRows(extractFigures(s));
    const repeats = rows.filter((r) => r.figure.text === '$5.4m');
    if (repeats.length > 1)
      expect(rows.indexOf(repeats[1]!)).toBeGreaterThan(rows.findIndex((r) => r.figure.text === '$3.1m'));
    expect(rows[0]!.figure.text).toBe('$5.4m');
  });
});
