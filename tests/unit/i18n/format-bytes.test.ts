import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../utils/i18n/format-bytes';

// The settings page's "78 GB free": the unit a reader would say, in their language.
describe('formatBytes', () => {
  it.each([
    [78.4e9, 'en', '78 GB'],
    [4.25e9, 'en', '4.3 GB'],
    [151_000, 'en', '151 kB'],
    [1.24e6, 'de', '1,2 MB'],
    [0, 'en', '0 byte'],
    [Number.NaN, 'en', '0 byte'],
  ])('%d in %s → %s', (bytes, locale, expected) => {
    expect(formatBytes(bytes, locale).replace(/\s/g, ' ')).toBe(expected);
  });
});
