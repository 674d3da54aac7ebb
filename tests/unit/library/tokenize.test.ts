import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../utils/library/search/article-terms';
import { addTerms, queryTokens } from '../../../utils/library/search/tokenize';

const terms = (text: string) => {
  const set = new Set<string>();
  addTerms(text, set);
  return [...set];
};

describe('index terms and query tokens', () => {
  it.each([
    ['Élysée, Tuesday.', ['elysee', 'tuesday']],
    ['up 43% to $3.2bn', ['up', '43%', '43', 'to', '$3.2bn', '3.2bn', '3.2']],
    ['1,200 beds', ['1,200', '1200', 'beds']],
    ['a b covid19', ['covid19']],
    ['人工智能产业', ['人工', '工智', '智能', '能产', '产业']],
    ['DeepSeek医院', ['deepseek', '医院']],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('reads queries as typed, CJK as bigrams', () => {
    expect(queryTokens('  $3.2bn  Élysée ')).toEqual(['$3.2bn', 'elysee']);
    expect(queryTokens('智能产业')).toEqual(['智能', '能产', '产业']);
    expect(queryTokens('...')).toEqual([]);
  });

  it('adds normalised figure values and what they measure', () => {
    const figure = {
      kind: 'money',
      value: 4.25e12,
      unit: 'EUR',
      text: 'four trillion',
      start: 0,
      end: 1,
      sentence: '',
      measures: 'Debt',
      score: 1,
    } as const;
    expect(articleTerms('', '', [figure])).toEqual(expect.arrayContaining(['€4.25trn', '4.25trn', 'debt']));
  });
});
