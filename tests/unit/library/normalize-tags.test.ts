import { describe, expect, it } from 'vitest';
import { normalizeTags, tagKey } from '../../../utils/library/write/normalize-tags';

describe('tags keep their case and are one tag whatever it', () => {
  it('keeps the spelling typed, the first one met, trimmed', () => {
    expect(normalizeTags([' NASA ', 'nasa', 'Climate  change', 'climate change', 'ÉTÉ', 'été'])).toEqual([
      'NASA',
      'Climate change',
      'ÉTÉ',
    ]);
  });

  it('meets the lower-case tags older versions stored', () => {
    expect(normalizeTags(['news', 'News'])).toEqual(['news']);
    expect(tagKey('News')).toBe(tagKey('news'));
  });

  it('drops what is not a tag', () => {
    expect(normalizeTags(['', '  ', 3, null, 'ok'])).toEqual(['ok']);
  });
});
