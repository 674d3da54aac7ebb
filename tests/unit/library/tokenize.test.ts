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
    ['人工智能产业', ['人工', '工智', '智能', '能产', '产业', '业']],
    ['DeepSeek医院', ['deepseek', 'k医', '医院', '院']],
    ['融资500万美元', ['融资', '资', '资5', '500', '0万', '万美', '美元', '元']],
    ['AI芯片', ['ai', 'i芯', '芯片', '片']],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('reads queries as typed, CJK as bigrams', () => {
    expect(queryTokens('  $3.2bn  Élysée ')).toEqual(['$3.2bn', 'elysee']);
    expect(queryTokens('智能产业')).toEqual(['智能', '能产', '产业']);
    expect(queryTokens('...')).toEqual([]);
    expect(queryTokens('500万')).toEqual(['500', '0万']);
  });

  // Any substring of two or more characters of a Chinese or Japanese text is found: every query form is a prefix
  // of some index term of the text it was cut from. (Digits and Latin letters are words: a query starts at one.)
  it.each(['公司融资500万美元，用于AI芯片研发', '東京都は2024年に新しいデータセンターを開設した'])(
    'finds every substring of %s',
    (text) => {
      const index = terms(text);
      const chars = [...text];
      for (let start = 0; start < chars.length; start++) {
        for (let end = start + 2; end <= chars.length; end++) {
          const query = chars.slice(start, end).join('');
          const cutsWord = start > 0 && /^[a-z0-9]{2}$/iu.test(chars[start - 1]! + chars[start]!);
          if (cutsWord || !/[\p{L}\p{N}]{2}/u.test(query) || /[，。]/u.test(query)) continue;
          for (const token of queryTokens(query)) {
            expect(
              index.some((term) => term.startsWith(token)),
              `${query} → ${token}`,
            ).toBe(true);
          }
        }
      }
    },
  );

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
