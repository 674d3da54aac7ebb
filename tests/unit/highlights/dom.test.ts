// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorIn, describeRange } from '../../../utils/highlights/anchor';
import { HL_CLASS, rangeOffsets, textIndex, unwrapHighlights, wrapRange } from '../../../utils/highlights/dom';

function body(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test input written here, parsed by the test document (the code under test never writes HTML).
  root.append(document.createRange().createContextualFragment(html));
  document.body.replaceChildren(root);
  return root;
}

const mark = (m: HTMLElement) => {
  m.className = HL_CLASS;
};

describe('highlights in the DOM', () => {
  it('indexes text nodes so the text equals textContent', () => {
    const root = body('<p>One <a href="#x">two</a> three.</p><p>Four.</p>');
    expect(textIndex(root).text).toBe(root.textContent);
  });

  it('reads a selection across elements as offsets in the text content', () => {
    const root = body('<p>Alpha <em>beta</em> gamma.</p><p>Delta epsilon.</p>');
    const range = document.createRange();
    const em = root.querySelector('em')!.firstChild!;
    const delta = root.querySelectorAll('p')[1]!.firstChild!;
    range.setStart(em, 2);
    range.setEnd(delta, 5);
    const offsets = rangeOffsets(root, range)!;
    expect(root.textContent!.slice(offsets.start, offsets.end)).toBe('ta gamma.Delta');
  });

  it('reads element boundary points (a triple-click selection) as offsets', () => {
    const root = body('<p>First para.</p><p>Second para.</p>');
    const range = document.createRange();
    range.setStart(root, 1);
    range.setEnd(root, 2);
    const offsets = rangeOffsets(root, range)!;
    expect(root.textContent!.slice(offsets.start, offsets.end)).toBe('Second para.');
  });

  it('refuses a range outside the root or collapsed', () => {
    const root = body('<p>Inside.</p>');
    const outside = document.createElement('p');
    outside.textContent = 'Outside';
    document.body.append(outside);
    const range = document.createRange();
    range.setStart(outside.firstChild!, 0);
    range.setEnd(outside.firstChild!, 3);
    expect(rangeOffsets(root, range)).toBeNull();
    range.setStart(root.firstChild!.firstChild!, 2);
    range.collapse(true);
    expect(rangeOffsets(root, range)).toBeNull();
  });

  it('wraps a highlight across element boundaries in one mark per text node, text unchanged', () => {
    const root = body('<p>Alpha <em>beta</em> gamma.</p><p>Delta epsilon.</p>');
    const before = root.textContent;
    const start = before!.indexOf('pha');
    const end = before!.indexOf(' epsilon');
    const marks = wrapRange(root, start, end, mark);
    expect(marks.map((m) => m.textContent)).toEqual(['pha ', 'beta', ' gamma.', 'Delta']);
    expect(root.textContent).toBe(before);
    expect(root.querySelector('em mark')?.textContent).toBe('beta');
    unwrapHighlights(root);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(root.innerHTML).toBe('<p>Alpha <em>beta</em> gamma.</p><p>Delta epsilon.</p>');
  });

  it('keeps offsets valid for a second highlight after the first split the nodes', () => {
    const root = body('<p>One two three four five.</p>');
    const text = root.textContent!;
    const first = describeRange(text, text.indexOf('two'), text.indexOf('two') + 3);
    const second = describeRange(text, text.indexOf('four'), text.indexOf('four') + 4);
    const a = anchorIn(textIndex(root).text, first)!;
    wrapRange(root, a.start, a.end, mark);
    const b = anchorIn(textIndex(root).text, second)!;
    wrapRange(root, b.start, b.end, mark);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['two', 'four']);
  });

  it('is plain text: markup-like text in the article stays text inside the mark', () => {
    const root = body('<p>a &lt;img src=x onerror=alert(1)&gt; b</p>');
    const text = root.textContent!;
    wrapRange(root, 0, text.length, mark);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('mark')!.textContent).toBe(text);
  });
});
