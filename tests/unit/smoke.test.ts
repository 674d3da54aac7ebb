import { describe, expect, it } from 'vitest';
import type { Figure } from '../../utils/figures/types';

describe('project', () => {
  it('compiles the shared types', () => {
    const f: Figure = { kind: 'percent', value: 43, unit: 'percent', text: '43%', start: 0, end: 3, sentence: '43%', score: 1 };
    expect(f.value).toBe(43);
  });
});
