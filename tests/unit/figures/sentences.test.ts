import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/figures/split-sentences';

const split = (text: string) => splitSentences(text).map(([a, b]) => text.slice(a, b));

// Sentences written for these tests.
describe('sentence splitting', () => {
  it('keeps titles, months and initials whole', () => {
    const text = 'Mr. Lee met Dr. Ortiz on Jan. 9 in St. Paul. Prof. Kim spoke. John F. Kennedy Airport closed.';
    expect(split(text)).toEqual([
      'Mr. Lee met Dr. Ortiz on Jan. 9 in St. Paul.',
      'Prof. Kim spoke.',
      'John F. Kennedy Airport closed.',
    ]);
  });

  it('keeps "U.S.", "p.m." and decimals whole', () => {
    expect(split('The U.S. economy grew 2.5% by 5 p.m. on Friday. Markets rose!')).toEqual([
      'The U.S. economy grew 2.5% by 5 p.m. on Friday.',
      'Markets rose!',
    ]);
  });

  it('keeps German and French abbreviations whole', () => {
    expect(split('Das kostet z. B. 3 Mio. Euro. Nr. 5 folgt. Mme. Roy part.')).toEqual([
      'Das kostet z. B. 3 Mio. Euro.',
      'Nr. 5 folgt.',
      'Mme. Roy part.',
    ]);
  });

  it('ends Chinese and Japanese sentences at 。！？ without spaces', () => {
    expect(split('收入增长12%。利润下降了！为什么？')).toEqual(['收入增长12%。', '利润下降了！', '为什么？']);
    expect(split('売上は3.5兆円でした。利益は減った。')).toEqual(['売上は3.5兆円でした。', '利益は減った。']);
  });

  it('ends a sentence at a line break and covers every word once', () => {
    const text = 'First line without a stop\nSecond. Third?\n\n"Quoted." Last';
    expect(split(text)).toEqual(['First line without a stop', 'Second.', 'Third?', '"Quoted."', 'Last']);
  });

  it('splits a very long paragraph with the fallback splitter the same way', () => {
    const text = 'Mr. Lee paid $5. The U.S. grew. '.repeat(200).trim();
    const parts = split(text);
    expect(parts).toHaveLength(400);
    expect(parts.slice(0, 2)).toEqual(['Mr. Lee paid $5.', 'The U.S. grew.']);
  });
});
