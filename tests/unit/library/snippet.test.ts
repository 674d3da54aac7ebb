import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../utils/library/search/find-matches';
import { buildSnippet, markParts, type SnippetPart } from '../../../utils/library/search/snippet';

const marked = (parts: SnippetPart[] | null) => (parts ?? []).filter((p) => p.mark).map((p) => p.text);
const joined = (parts: SnippetPart[] | null) => (parts ?? []).map((p) => p.text).join('');

describe('search snippets', () => {
  const long =
    'The council met on Monday. '.repeat(8) +
    'Dredging the harbour will cost $3.2bn, the port says, up 43% on last year. ' +
    'Residents were not asked. '.repeat(8);

  it('cuts the text around the first match, at spaces, and marks the matched words', () => {
    const parts = buildSnippet(long, 'harbour dredging');
    expect(marked(parts)).toEqual(['Dredging', 'harbour']);
    const text = joined(parts);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    // whole words only at the cuts
    expect(text).toMatch(/^… \S|^…[A-Z]/u);
    expect(text.length).toBeLessThan(260);
  });

  it('marks a figure as typed, or its bare number where the text writes it out', () => {
    expect(marked(buildSnippet(long, '$3.2bn'))).toEqual(['$3.2bn']);
    expect(marked(buildSnippet('Debt reached 3.2 billion dollars.', '$3.2bn'))).toEqual(['3.2']);
    expect(marked(buildSnippet(long, '43%'))).toEqual(['43%']);
  });

  it('folds case and accents but keeps the text as written', () => {
    expect(marked(buildSnippet('Le président à l’Élysée mardi.', 'elysee'))).toEqual(['Élysée']);
  });

  it('matches words at their start, as the index does', () => {
    expect(findMatches('a sharbat in the harbour', 'harb')).toEqual([{ start: 17, end: 21 }]);
  });

  it('finds Chinese and Japanese anywhere, beside digits and Latin letters', () => {
    expect(marked(buildSnippet('初创公司融资500万美元，用于AI芯片研发。', '500万'))).toEqual(['500万']);
    expect(marked(buildSnippet('初创公司融资500万美元，用于AI芯片研发。', 'ai芯片'))).toEqual(['AI芯片']);
    expect(marked(buildSnippet('東京都は新しいデータセンターを開設した。', 'データ'))).toEqual(['データ']);
  });

  it('says null when the text holds no match, and never turns text into markup', () => {
    expect(buildSnippet(long, 'zebra')).toBeNull();
    const parts = markParts('<img src=x onerror=alert(1)> harbour', 'harbour');
    expect(parts).toEqual([{ text: '<img src=x onerror=alert(1)> ' }, { text: 'harbour', mark: true }]);
  });
});
