// Dates shown as the text has them and resolved the way a reader would (issue 12): "by 2022" is a deadline, not
// "less than 2022"; "the 2000s" a decade; a month without a year on an undated page stays without a year.
import { describe, expect, it } from 'vitest';
import { extractFigures, type Figure } from '../../../utils/figures';
import { changeWord, formatFigureValue } from '../../../utils/figures/format-figure';

const published = '2025-08-03T09:00:00Z';
const dates = (text: string, pub: string | null = published) =>
  extractFigures(text, { published: pub }).filter((f) => f.kind === 'date');
const only = (text: string, pub: string | null = published): Figure => {
  const found = dates(text, pub);
  expect(found, JSON.stringify(found.map((f) => f.text))).toHaveLength(1);
  return found[0]!;
};

describe('dates as written', () => {
  it.each([
    ['The council promised new flats by 2022.', 'by 2022'],
    ['The choir has sung at the fair since 1993.', 'since 1993'],
    ['No ferry sailed before 1950 on that route.', 'before 1950'],
    ['The lease runs until 2040.', 'until 2040'],
  ])('%s → the panel shows "%s", with no comparison word', (text, shown) => {
    const d = only(text);
    expect(formatFigureValue(d, 'en-US')).toBe(shown);
    expect(changeWord(d)).toBeNull();
  });

  it('reads "the 2000s" as a decade and shows it as one', () => {
    const d = only('Ringtones sold well in the 2000s.');
    expect([d.value, d.unit]).toEqual([2000, 'decade']);
    expect(formatFigureValue(d, 'en-US')).toBe('2000s');
  });

  it.each([
    ['The hearing is on Oct 21 at the county court.', 10, 21, 'Oct 21'],
    ['Ballots close Sept. 14 in most wards.', 9, 14, 'Sep 14'],
  ])('keeps "%s" year-less on an undated page', (text, month, day, shown) => {
    const d = only(text, null);
    expect([d.value, d.unit]).toEqual([month * 100 + day, 'day']);
    expect(formatFigureValue(d, 'en-US')).toBe(shown);
  });

  it('gives a year-less day a year from the publication date', () => {
    expect(only('Ballots closed Sept. 14 in most wards.').value).toBe(20240914);
  });
});

describe('a month without a year', () => {
  it.each([
    ['The new bridge will open in March.', 202603],
    ["Officials say the pool won't reopen until October.", 202510],
    ['The festival is set to return in August.', 202508],
    ['Fares are expected to rise in January, the operator said.', 202601],
    ['Contractors plan to start work in December.', 202512],
  ])('goes to the future when the sentence does: %s', (text, value) => {
    expect(only(text).value).toBe(value);
  });

  it.each([
    ['The bridge opened in March.', 202503],
    ['In October the pool closed for repairs.', 202410],
    ['Fares rose in January, the operator said.', 202501],
    ['The verdict was due to be read in October.', 202410],
    ['The mayor told donors in December that the new line will cut journeys by a third.', 202412],
  ])('stays in the past otherwise: %s', (text, value) => {
    expect(only(text).value).toBe(value);
  });
});

describe('names that look like months', () => {
  it.each([
    'By April Smith, health reporter',
    'By Mark Holloway and staff',
    'Mark Holloway said the plan would cost more.',
    'May said the talks had stalled.',
    'Photographs by June Carter for the paper.',
    'Reporting by Augusta Reed; editing by Janet Lowe.',
  ])('%s has no date', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('still reads a month after "in" before a capitalised word', () => {
    expect(only('In April Congress passed the budget.').value).toBe(202504);
  });

  it('still reads a month with its day or year after a name-like start', () => {
    expect(only('By March 2021 the plant had closed.').value).toBe(202103);
  });
});

describe('implausible publication dates', () => {
  it.each(['1970-01-01T00:00:00Z', '1900-01-01', '2999-05-01T00:00:00Z', 'not a date'])(
    'ignores %s: relative dates stay unresolved',
    (pub) => {
      expect(dates('Last year the mill closed. Last month it was sold.', pub)).toEqual([]);
      expect(only('Prices peaked in October and fell.', pub).value).toBe(10);
    },
  );

  it('uses a plausible one', () => {
    expect(only('Last year the mill closed.', '2021-06-01').value).toBe(2020);
  });
});
