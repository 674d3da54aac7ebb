import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPosition, MAX_POSITIONS, savePosition } from '../../../utils/storage/reading-positions';

beforeEach(() => fakeBrowser.reset());

describe('reading positions of unsaved pages', () => {
  it('gives back the place stored for a URL, 0 for an unknown one, clamped to 0-1', async () => {
    await savePosition('https://a.example/1', 0.83);
    await savePosition('https://a.example/2', 7);
    expect(await loadPosition('https://a.example/1')).toBe(0.83);
    expect(await loadPosition('https://a.example/2')).toBe(1);
    expect(await loadPosition('https://a.example/3')).toBe(0);
  });

  it('keeps only the most recent pages', async () => {
    for (let i = 0; i <= MAX_POSITIONS; i++) await savePosition(`https://a.example/${i}`, 0.5, 1000 + i);
    expect(await loadPosition('https://a.example/0')).toBe(0);
    expect(await loadPosition(`https://a.example/${MAX_POSITIONS}`)).toBe(0.5);
    expect(await loadPosition('https://a.example/1')).toBe(0.5);
  });
});
