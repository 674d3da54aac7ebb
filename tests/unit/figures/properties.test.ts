import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';

// Pieces news text is made of, so random sentences hit the grammar's corners rather than plain noise.
const piece = fc.constantFrom(
  '$',
  '£',
  '€',
  'US$',
  'HK $',
  'Rs ',
  '3.2',
  '1,234',
  '1.234,5',
  '0',
  '-7',
  'minus ',
  '½',
  '1/16',
  '2×10−3',
  'bn',
  'm',
  'k',
  ' million',
  ' yuan',
  ' (',
  ')',
  '%',
  ' per cent',
  ' to ',
  ' and ',
  ' between ',
  '-',
  '–',
  ' of ',
  ' more than ',
  'about ',
  'eight',
  'a dozen',
  'half',
  'thousands',
  ' people',
  ' miles',
  ' mph',
  'km/h',
  '°C',
  ' years',
  '-year-old',
  'June',
  ' last year',
  ' by 2030',
  'iPhone 11',
  'S&P 500',
  'Covid-19',
  '17:22',
  '+44 20 7946 0958',
  '. ',
  ', ',
  'The ',
  'rose ',
);

describe('extractFigures on arbitrary text', () => {
  it('never throws, and every figure is a true span of the text with a finite value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 40 }),
        fc.option(fc.constant('2025-08-03')),
        (parts, published) => {
          const text = parts.join('');
          for (const f of extractFigures(text, { published })) {
            expect(text.slice(f.start, f.end)).toBe(f.text);
            expect(f.sentence.length).toBeGreaterThan(0);
            const values = typeof f.value === 'number' ? [f.value] : f.value;
            for (const v of values) expect(Number.isFinite(v)).toBe(true);
            expect(Number.isFinite(f.score)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
