import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFS,
  loadReaderPrefs,
  normalizePrefs,
  saveReaderPrefs,
} from '../../../utils/storage/reader-settings';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

beforeEach(() => fakeBrowser.reset());

describe('reader prefs', () => {
  it('keeps what an older Sift stored (theme and size only) and fills in the new settings', () => {
    expect(normalizePrefs({ theme: 'sepia', fontSize: 20 })).toEqual({
      ...DEFAULT_PREFS,
      theme: 'sepia',
      fontSize: 20,
    });
  });

  it('replaces a malformed field alone, snapping numbers to the nearest offered value', () => {
    const hand = { theme: 'neon', fontSize: 99, font: 'serif', lineHeight: 1.75, width: 'huge', speechRate: '1.4' };
    expect(normalizePrefs(hand as never)).toEqual({
      theme: 'system',
      fontSize: 26,
      font: 'serif',
      lineHeight: 1.8,
      width: 'medium',
      speechRate: 1.5,
    });
    expect(normalizePrefs(null)).toEqual(DEFAULT_PREFS);
    expect(normalizePrefs({ lineHeight: null, speechRate: NaN } as never)).toEqual(DEFAULT_PREFS);
  });

  it('reads back what was saved, old stored shapes included', async () => {
    await fakeBrowser.storage.local.set({ readerPrefs: { theme: 'dark', fontSize: 18 } });
    expect(await loadReaderPrefs()).toEqual({ ...DEFAULT_PREFS, theme: 'dark', fontSize: 18 });
    await saveReaderPrefs({ ...DEFAULT_PREFS, font: 'serif', width: 'wide', lineHeight: 2 });
    expect(await loadReaderPrefs()).toEqual({ ...DEFAULT_PREFS, font: 'serif', width: 'wide', lineHeight: 2 });
  });
});
