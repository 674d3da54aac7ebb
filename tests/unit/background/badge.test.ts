import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../utils/background/badge';

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
  ])('%s → %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});
