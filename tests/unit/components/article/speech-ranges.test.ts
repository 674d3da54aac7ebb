// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mapText, rangeOf } from '../../../../components/article/speech-ranges';
import { planSpeech } from '../../../../utils/article/speech-plan';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('speech ranges', () => {
  it('maps sentences across inline markup back to the DOM, and ends a heading without a full stop', () => {
    const root = body(
      '<h2>Harbour traffic</h2><p>The port handled <b>41,000</b> boxes. Revenue rose <a href="#">12%</a>.</p>',
    );
    const map = mapText(root);
    const ranges = planSpeech(map.text, 'en').map((s) => rangeOf(map, s.start, s.end)?.toString());
    expect(ranges).toEqual(['Harbour traffic', 'The port handled 41,000 boxes.', 'Revenue rose 12%.']);
  });

  it('skips scripts, styles and hidden parts', () => {
    const root = body('<p>Read this.</p><script>var x = 1;</script><p hidden>Not this.</p><style>p{}</style>');
    expect(mapText(root).text.trim()).toBe('Read this.');
  });

  it('gives no range once the text is gone', () => {
    const root = body('<p>Gone soon.</p>');
    const map = mapText(root);
    root.remove();
    root.textContent = '';
    expect(rangeOf(map, 0, 5)).toBeNull();
  });
});
