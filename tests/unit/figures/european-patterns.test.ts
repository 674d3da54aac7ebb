// Issue 12, size budget: the European words of the core's own patterns (sayings, currency names, page chrome,
// emergency lines, numbered references) ship in the lazy European chunk and join those patterns once it loads.
// The test files share modules (isolate: false), so this one unloads the tables first and puts them back after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currencyAfter } from '../../../utils/figures/currencies';
import { european } from '../../../utils/figures/european';
import { findIdioms } from '../../../utils/figures/find-idioms';
import { findNonFigures, isNamedCount } from '../../../utils/figures/find-non-figures';
import { findPageChrome } from '../../../utils/figures/find-page-chrome';
import { tables } from '../../../utils/figures/languages';

const saved = { ...tables };
beforeAll(() => Object.assign(tables, { european: null, cjk: null }));
afterAll(() => Object.assign(tables, saved));

const saying = 'Damit schlug der Verein zwei Fliegen mit einer Klappe.';
const price = '4 milioni di dollari';
const counter = 'Bild 2 von 9';
const emergency = 'Die Notrufnummer 112 ist frei.';
const reference = 'nach Artikel 5 Absatz';

describe('the core without the European tables', () => {
  it('still reads its English patterns', () => {
    expect(findIdioms('He was in two minds about it.')).toEqual([[7, 19]]);
    expect(currencyAfter('40 million dollars', 10)).toEqual({ code: 'USD', length: 8 });
    expect(findPageChrome('Image 1 of 13')).toEqual([[6, 13]]);
    expect(findNonFigures('Call 911 now.')).toContainEqual([5, 8]);
  });

  it('leaves the European words out', () => {
    expect(findIdioms(saying)).toEqual([]);
    expect(currencyAfter(price, 10)).toBeNull();
    expect(findPageChrome(counter)).toEqual([]);
    expect(findNonFigures(emergency)).toEqual([]);
    expect(isNamedCount(reference, 13, 14)).toBe(false);
  });
});

describe('the core once the European tables load', () => {
  it('reads the European words with its own patterns', () => {
    tables.european = european;
    expect(findIdioms(saying)).toEqual([[24, 53]]);
    expect(currencyAfter(price, 10)).toEqual({ code: 'USD', length: 10 });
    expect(findPageChrome(counter)).toEqual([[5, 12]]);
    expect(findNonFigures(emergency)).toContainEqual([17, 20]);
    expect(isNamedCount(reference, 13, 14)).toBe(true);
    // and the English ones still
    expect(findIdioms('He was in two minds about it.')).toEqual([[7, 19]]);
    expect(currencyAfter('40 million dollars', 10)).toEqual({ code: 'USD', length: 8 });
  });
});
