// The figures panel's normalised values, on figures extracted from real sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures/extract-figures';
import { formatFigureValue } from '../../../utils/figures/format-figure';

const first = (text: string, kind: string) => {
  const fig = extractFigures(text).find((f) => f.kind === kind);
  if (!fig) throw new Error(`no ${kind} figure in: ${text}`);
  return fig;
};

describe('formatFigureValue', () => {
  it.each([
    ['Revenue reached $3.2bn last year.', 'money', '$3.2B'],
    ['Prices rose 8-10% in the spring.', 'percent', '8%–10%'],
    ['Unemployment fell to 4.5% in March.', 'percent', '4.5%'],
    ['The port handled 41,000 containers in the week.', 'count', '41K containers'],
  ])('%s → %s %s', (text, kind, want) => {
    expect(formatFigureValue(first(text, kind), 'en-US')).toBe(want);
  });

  it('writes dates as year, year-month or year-month-day, BC years named', () => {
    const base = { kind: 'date' as const, text: '', start: 0, end: 0, sentence: '', score: 0 };
    expect(formatFigureValue({ ...base, value: 2025 })).toBe('2025');
    expect(formatFigureValue({ ...base, value: 202508 })).toBe('2025-08');
    expect(formatFigureValue({ ...base, value: 20250814 })).toBe('2025-08-14');
    expect(formatFigureValue({ ...base, value: -3300 })).toBe('3300 BC');
  });
});
