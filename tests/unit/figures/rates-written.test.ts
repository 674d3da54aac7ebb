// Issue 12, items 4 and 7: rates kept with their amount however they are joined, and a Chinese year-on-year move
// read as a change. Sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';
import { loadFiguresFor } from '../../../utils/figures/languages';

const read = (text: string, lang?: string) =>
  extractFigures(text, { lang }).map((f) => [f.text, f.kind, f.unit, f.change ?? null]);

beforeAll(() => loadFiguresFor('zh', '中文'));

describe('rates', () => {
  it('keeps a hyphenated rate: "$4.99-a-month", "30-a-day"', () => {
    expect(read('The app now costs $4.99-a-month, and heavy users send 30-a-day.')).toEqual([
      ['$4.99-a-month', 'money', 'USD per month', null],
      ['30-a-day', 'count', 'per day', null],
    ]);
  });
  it('keeps "a month", "per barrel" and "a day" written apart', () => {
    expect(read('Members pay €12 a month; crude sold for $71 per barrel, or 2 million barrels a day.')).toEqual([
      ['€12 a month', 'money', 'EUR per month', null],
      ['$71 per barrel', 'money', 'USD per barrel', null],
      ['2 million barrels a day', 'quantity', 'barrel per day', null],
    ]);
  });
});

describe('Chinese year-on-year changes', () => {
  it('reads 同比增长约 and 同比下降 as moves', () => {
    const out = read('上半年全市接待游客同比增长约18%，外贸出口同比下降4.5%。', 'zh');
    expect(out).toEqual([
      ['18%', 'percent', 'percent', 'up'],
      ['4.5%', 'percent', 'percent', 'down'],
    ]);
  });
});
