import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';

type Row = [sentence: string, text: string, value: number, unit: string];
const check = (sentence: string, text: string, value: number, unit: string) => {
  const figures = extractFigures(sentence, { merge: false });
  const f = figures.find((x) => x.text === text);
  expect(f, JSON.stringify(figures.map((x) => [x.text, x.unit]))).toBeDefined();
  expect([f!.value, f!.unit]).toEqual([value, unit]);
};

// Sentences written for these tests.
describe('rates', () => {
  it.each<Row>([
    ['Members pay $12 per week for the plan.', '$12 per week', 12, 'USD per week'],
    ['The clinic sees 40 patients a day.', '40 patients a day', 40, 'patients per day'],
    ['Rents climbed 4 percent per year.', '4 percent per year', 4, 'percent per year'],
    ['The subscription costs €9.99 a month.', '€9.99 a month', 9.99, 'EUR per month'],
    ['Brent traded at $81.20 per barrel.', '$81.20 per barrel', 81.2, 'USD per barrel'],
    ['Health spending reached $4,300 per capita.', '$4,300 per capita', 4300, 'USD per capita'],
    ['Thieves struck 15 per week in the district.', '15 per week', 15, 'per week'],
  ])('%s → %s', check);
});

describe('per-game statistics', () => {
  it.each<Row>([
    ['The guard averaged 27.4 points per game last season.', '27.4 points per game', 27.4, 'points per game'],
    ['He pulled down 11 rebounds a game.', '11 rebounds a game', 11, 'rebounds per game'],
  ])('%s → %s', check);
});

describe('electrical units', () => {
  it.each<Row>([
    ['The phone ships with a 4,500 mAh battery.', '4,500 mAh', 4500, 'milliampere hour'],
    ['Breakdown starts near 30 kV/cm in dry air.', '30 kV/cm', 30, 'kilovolt per centimetre'],
    ['The new line carries 400 kV.', '400 kV', 400, 'kilovolt'],
    ['The charger draws 500 mA.', '500 mA', 500, 'milliampere'],
    ['Each capacitor in the bank holds 3.3 F of charge.', '3.3 F', 3.3, 'farad'],
  ])('%s → %s', check);
});

describe('temperatures written with a bare letter', () => {
  it.each<Row>([
    ['Lisbon will see highs of 31 C on Friday.', '31 C', 31, 'celsius'],
    ['Chicago woke up to 14 F this morning.', '14 F', 14, 'fahrenheit'],
  ])('%s → %s', check);
});

describe('sub-units keep the amount as written, with their own unit', () => {
  it.each<Row>([
    ['A stamp now costs 85 pence.', '85 pence', 85, 'penny'],
    ['Shares closed at 212p.', '212p', 212, 'penny'],
    ['Petrol rose by 9 cents.', '9 cents', 9, 'cent'],
    ['The fare went up by 20 sen.', '20 sen', 20, 'sen'],
    ['The rupee slipped 35 paise against the dollar.', '35 paise', 35, 'paisa'],
    ['Bread costs 60 kopeks more.', '60 kopeks', 60, 'kopek'],
  ])('%s → %s', check);
});

describe('what a number counts', () => {
  it.each<Row>([
    ['The quarterback threw for 312 passing yards.', '312 passing yards', 312, 'yard'],
    ['Rainfall was the lowest in 40 recorded years.', '40 recorded years', 40, 'year'],
    ['The office rents for $95 per sq m.', '$95 per sq m', 95, 'USD per square metre'],
    ['The recipe calls for one US fluid ounce of syrup.', 'one US fluid ounce', 1, 'ounce'],
    ['Three of Smith’s aides resigned on Monday.', 'Three of Smith’s aides', 3, 'aides'],
  ])('%s → %s', check);

  it('keeps a fraction of a group a share, not a count', () => {
    const figures = extractFigures('Nearly two-thirds of the voters stayed home.');
    const f = figures.find((x) => x.text.startsWith('two-thirds'));
    expect(f?.kind).toBe('ratio');
  });

  it('reads a bare number before a capitalised word as part of a name, but not before a weekday', () => {
    const texts = (s: string) =>
      extractFigures(s)
        .filter((f) => f.kind !== 'date')
        .map((f) => f.text);
    expect(texts('Reviewers liked the Pixel 9 Pro and the 9 Pro Fold.')).toEqual([]);
    expect(texts('The index rose 40 points to close at 4,577 Friday.')).toEqual(['40 points', '4,577']);
  });
});
