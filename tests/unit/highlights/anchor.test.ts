import { describe, expect, it } from 'vitest';
import { anchorIn, describeRange, QUOTE_CONTEXT } from '../../../utils/highlights/anchor';

// Sentences written for these tests: a highlight made on one version of a text, found again in another.
const TEXT =
  'The council voted on Tuesday and said the budget rose to $4.2m this year. ' +
  'Critics said the budget rose too fast. The mayor said the budget rose because of the new bridge.';

const spanOf = (text: string, phrase: string, nth = 0) => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(phrase, at + 1);
  return { start: at, end: at + phrase.length };
};

describe('describeRange', () => {
  it('keeps the quote, its context on both sides and its position', () => {
    const { start, end } = spanOf(TEXT, '$4.2m');
    const anchor = describeRange(TEXT, start, end);
    expect(anchor.quote.exact).toBe('$4.2m');
    expect(anchor.quote.prefix).toBe(TEXT.slice(start - QUOTE_CONTEXT, start));
    expect(anchor.quote.suffix).toBe(TEXT.slice(end, end + QUOTE_CONTEXT));
    expect(anchor.position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('has empty context at the edges of the text', () => {
    const anchor = describeRange('Short text.', 0, 11);
    expect(anchor.quote.prefix).toBe('');
    expect(anchor.quote.suffix).toBe('');
  });
});

describe('anchorIn', () => {
  it('takes the position when the text there is still the quote', () => {
    const span = spanOf(TEXT, 'voted on Tuesday');
    expect(anchorIn(TEXT, describeRange(TEXT, span.start, span.end))).toEqual(span);
  });

  it('finds the quote again after text was added before it', () => {
    const span = spanOf(TEXT, '$4.2m this year');
    const anchor = describeRange(TEXT, span.start, span.end);
    const changed = 'Updated: a correction was added at the top. ' + TEXT;
    const found = anchorIn(changed, anchor)!;
    expect(changed.slice(found.start, found.end)).toBe('$4.2m this year');
    expect(found.start).toBe(span.start + 'Updated: a correction was added at the top. '.length);
  });

  it('picks the marked copy of a repeated phrase by its context, not the first copy', () => {
    const second = spanOf(TEXT, 'the budget rose', 1);
    const anchor = describeRange(TEXT, second.start, second.end);
    // Text inserted before all copies moves every position; context still says which one.
    const changed = 'New intro sentence here. ' + TEXT;
    const found = anchorIn(changed, anchor)!;
    expect(found.start).toBe(spanOf(changed, 'the budget rose', 1).start);
  });

  it('resolves the third copy too, when the text before it changed', () => {
    const third = spanOf(TEXT, 'the budget rose', 2);
    const anchor = describeRange(TEXT, third.start, third.end);
    const changed = TEXT.replace('Critics said', 'Several critics on the council said');
    const found = anchorIn(changed, anchor)!;
    expect(found.start).toBe(spanOf(changed, 'the budget rose', 2).start);
  });

  it('among copies with equal context, takes the one nearest the old position', () => {
    const text = 'ab ab ab ab';
    const anchor = {
      ...describeRange(text, 6, 8),
      quote: { type: 'TextQuoteSelector' as const, exact: 'ab', prefix: '', suffix: '' },
    };
    expect(anchorIn('x' + text, anchor)).toEqual({ start: 7, end: 9 });
  });

  it('matches across changed whitespace (line breaks of a re-extraction)', () => {
    const span = spanOf(TEXT, 'Critics said the budget');
    const anchor = describeRange(TEXT, span.start, span.end);
    const changed = TEXT.replace('Critics said the budget', 'Critics\n  said the\tbudget');
    const found = anchorIn(changed, anchor)!;
    expect(changed.slice(found.start, found.end)).toBe('Critics\n  said the\tbudget');
  });

  it('returns null when the quote is gone (an orphan)', () => {
    const span = spanOf(TEXT, 'new bridge');
    const anchor = describeRange(TEXT, span.start, span.end);
    expect(anchorIn(TEXT.replace('new bridge', 'new tunnel'), anchor)).toBeNull();
    expect(anchorIn('', anchor)).toBeNull();
  });

  it('never anchors an empty quote', () => {
    expect(anchorIn(TEXT, describeRange(TEXT, 3, 3))).toBeNull();
  });
});
