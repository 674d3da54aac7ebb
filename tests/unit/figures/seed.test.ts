import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';
import type { Figure } from '../../../utils/figures';

const SEED = new URL('../../../../shared/seed/news-page-as-read.txt', import.meta.url);
if (!existsSync(SEED)) console.warn('figures seed test skipped: ../shared/seed is absent');

// The article part of the page as read: after the dateline, before the "Try Our AI Features" promo.
function article(): string {
  const page = readFileSync(SEED, 'utf8');
  return page.slice(page.indexOf('The mecca'), page.indexOf('Orange background')).trim();
}

describe.skipIf(!existsSync(SEED))('key figures of the seed article (../shared/seed)', () => {
  const figures = existsSync(SEED) ? extractFigures(article(), { published: '2025-08-03' }) : [];
  const find = (text: string): Figure => {
    const f = figures.find((x) => x.text === text);
    if (!f) throw new Error(`no figure "${text}" in ${figures.map((x) => x.text).join(' | ')}`);
    return f;
  };

  it('reads the AI industry forecast: $3.2bn last year to $140bn by 2030, $1.4trn with related sectors', () => {
    for (const [text, value] of [
      ['$3.2bn', 3.2e9],
      ['$140bn', 140e9],
      ['$1.4trn', 1.4e12],
    ] as const) {
      const f = find(text);
      expect([f.kind, f.value, f.unit]).toEqual(['money', value, 'USD']);
      expect(f.measures).toBe("China's AI industry");
    }
    const by = figures.find((f) => f.kind === 'date' && f.text === 'by 2030');
    expect([by?.value, by?.qualifier, by?.change, by?.sentence]).toEqual([
      2030,
      'by',
      undefined,
      find('$140bn').sentence,
    ]);
  });

  it('reads the adoption shares: 8% in June last year to 43%, of Greater China firms using generative AI', () => {
    const some = find('8%');
    expect([some.kind, some.value, some.unit, some.change]).toEqual(['percent', 8, 'percent', 'approx']);
    expect(some.measures).toBe('Greater China firms using generative AI');
    const later = find('43%');
    expect([later.value, later.measures]).toEqual([43, 'Greater China firms using generative AI']);
    const june = figures.find((f) => f.text === 'June last year');
    expect([june?.kind, june?.value]).toEqual(['date', 202406]);
  });

  it('reads 46% integrated vs 9% benefiting, both about Chinese firms', () => {
    expect([find('46%').value, find('9%').value]).toEqual([46, 9]);
    expect(find('46%').measures).toMatch(/^Chinese firms have broadly integrated generative AI/);
    expect(find('9%').measures).toMatch(/Chinese firms/);
  });

  it('keeps 3m yuan ($420,000) as one figure with both amounts, paid within eight minutes', () => {
    const pay = find('3m yuan ($420,000)');
    expect([pay.kind, pay.value, pay.unit]).toEqual(['money', 3e6, 'CNY']);
    expect(pay.converted).toEqual({ value: 420000, unit: 'USD', text: '$420,000' });
    expect(pay.measures).toBe('subsidy');
    expect(figures.some((f) => f.text === '$420,000')).toBe(false);
    const wait = find('eight minutes');
    expect([wait.kind, wait.value, wait.unit, wait.change]).toEqual(['duration', 8, 'minute', 'less-than']);
    expect(wait.measures).toMatch(/appeared in its account/);
  });

  it('reads more than 300 Chinese hospitals already using DeepSeek', () => {
    const h = find('300 Chinese hospitals');
    expect([h.kind, h.value, h.unit, h.change]).toEqual(['count', 300, 'Chinese hospitals', 'more-than']);
    expect(h.measures).toBe('Chinese hospitals already using DeepSeek');
  });

  it('orders the panel by salience: money and shares first', () => {
    const top = [...figures]
      .sort((a, b) => b.score - a.score)
      .slice(0, 8)
      .map((f) => f.text);
    expect(new Set(top)).toEqual(
      new Set(['$3.2bn', '$140bn', '$1.4trn', '8%', '43%', '46%', '9%', '3m yuan ($420,000)']),
    );
  });

  it('keeps every span true to the text', () => {
    const text = article();
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
