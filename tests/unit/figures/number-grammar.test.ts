import { describe, expect, it } from 'vitest';
import { parseNumberWords } from '../../../utils/figures/number-words';
import { guessConvention, parseDigits } from '../../../utils/figures/parse-digits';

describe('number grammar', () => {
  it.each([
    [['eight'], 8],
    [['three', 'hundred', 'and', 'twelve'], 312],
    [['a', 'dozen'], 12],
    [['two', 'dozen'], 24],
    [['half'], 0.5],
    [['a', 'third'], 1 / 3],
    [['two', 'thirds'], 2 / 3],
    [['four', 'thousand'], 4000],
    [['three', 'million'], 3e6],
    [['five', 'lakh'], 5e5],
    [['two', 'crore'], 2e7],
    [['a'], null],
  ] as [string[], number | null][])('words %j → %s', (words, value) => {
    const got = parseNumberWords(words);
    if (value === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(value, 9);
  });

  it.each([
    ['1,234.5', 'dot', 1234.5],
    ['27,349.19', 'dot', 27349.19],
    ['.001', 'dot', 0.001],
    ['1.234,5', 'comma', 1234.5],
    ['2,5', 'comma', 2.5],
    ['1.234.567', 'comma', 1234567],
    ['1 234,5', 'comma', 1234.5],
    ['1,5', 'dot', 1.5],
  ] as const)('digits %s (%s) → %s', (raw, conv, value) => expect(parseDigits(raw, conv)).toBe(value));

  it('guesses the decimal mark from the text or its language', () => {
    expect(guessConvention('Revenue rose to 1,234.5 million.')).toBe('dot');
    expect(guessConvention('Der Umsatz stieg auf 1.234,5 Millionen.')).toBe('comma');
    expect(guessConvention('Die Quote lag bei 3,5 %.')).toBe('comma');
    expect(guessConvention('Plain text 1.234', 'fr')).toBe('comma');
  });
});
