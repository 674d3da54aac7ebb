// The unit table is written compactly (plural and American spellings derived, see utils/figures/units.ts): every
// spelling a writer uses still reads as its unit, and nothing else is made up.
import { describe, expect, it } from 'vitest';
import { kindOfUnit, unitAfter, unitName } from '../../../utils/figures/units';

describe('the compact unit table', () => {
  it.each([
    ['kilometres', 'kilometre'],
    ['kilometers', 'kilometre'],
    ['kilometer', 'kilometre'],
    ['kms', 'kilometre'],
    ['acres', 'acre'],
    ['square meters', 'square metre'],
    ['square kilometers', 'square kilometre'],
    ['gigatonnes', 'gigaton'],
    ['percentage points', 'percentage point'],
    ['bps', 'basis point'],
    ['barrels a day', 'barrel per day'],
    ['mins', 'minute'],
    ['cents', 'cent'],
    ['kopecks', 'kopek'],
  ])('reads %s as %s', (surface, name) => {
    expect(unitName(surface)).toBe(name);
  });

  it('derives no spelling the writers do not use', () => {
    expect(unitName('square kilometer')).toBeNull(); // only the plural of the American spelling is listed
    expect(unitName('inchs')).toBeNull();
    expect(unitName('centurys')).toBeNull();
  });

  it('gives a surface shared by two units to the later one, and keeps the kinds', () => {
    expect(unitName('nm')).toBe('newton metre');
    expect(kindOfUnit('penny')).toBe('money');
    expect(kindOfUnit('kilometre')).toBe('quantity');
    expect(kindOfUnit('decade')).toBe('duration');
  });

  it('matches the cased ones only as written', () => {
    expect(unitAfter('12 C on Friday', 2)?.name).toBe('celsius');
    expect(unitAfter('a 5 G network', 3)?.name).toBe('generation');
    expect(unitAfter('12 mA drawn', 2)?.name).toBe('milliampere');
  });
});
