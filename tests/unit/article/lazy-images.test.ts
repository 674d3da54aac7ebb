import { describe, expect, it } from 'vitest';
import { fixLazyImages } from '../../../utils/article/fix-lazy-images';
import { parseHtml } from '../../../scripts/lib/parse-html';

const fix = (body: string) => {
  const doc = parseHtml(`<html><body>${body}</body></html>`);
  fixLazyImages(doc);
  return doc.body;
};

describe('fixLazyImages', () => {
  it('data-src replaces a missing or placeholder src', () => {
    expect(fix('<img data-src="https://a.example/1.jpg">').querySelector('img')!.getAttribute('src')).toBe(
      'https://a.example/1.jpg',
    );
    expect(
      fix('<img src="data:image/gif;base64,R0lGOD" data-lazy-src="/2.jpg">').querySelector('img')!.getAttribute('src'),
    ).toBe('/2.jpg');
  });

  it('keeps a real src', () => {
    expect(fix('<img src="/real.jpg" data-src="/other.jpg">').querySelector('img')!.getAttribute('src')).toBe(
      '/real.jpg',
    );
  });

  it('data-srcset becomes srcset', () => {
    expect(fix('<img data-srcset="/a.jpg 1x, /b.jpg 2x">').querySelector('img')!.getAttribute('srcset')).toBe(
      '/a.jpg 1x, /b.jpg 2x',
    );
  });

  it('a <noscript> image replaces the placeholder before it, keeping only image attributes', () => {
    const body = fix(
      '<img class="lazy" src="/spacer.gif"><noscript><img src="/full.jpg" alt="A &amp; B" onerror="alert(1)"></noscript>',
    );
    const imgs = body.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0]!.getAttribute('src')).toBe('/full.jpg');
    expect(imgs[0]!.getAttribute('alt')).toBe('A & B');
    expect(imgs[0]!.hasAttribute('onerror')).toBe(false);
    expect(body.querySelector('noscript')).toBeNull();
  });
});

describe('blockText', () => {
  it('makes paragraphs of blocks, not of line breaks in the source', async () => {
    const { blockText } = await import('../../../utils/article/block-text');
    const doc = parseHtml(
      '<html><body><div id="r"><p>The bridge will cost\n   $4.7bn to build.</p><p>Second<br>line.</p></div></body></html>',
    );
    expect(blockText(doc.getElementById('r')!)).toBe('The bridge will cost $4.7bn to build.\n\nSecond\n\nline.');
  });
});
