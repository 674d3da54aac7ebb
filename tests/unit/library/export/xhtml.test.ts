import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../scripts/lib/parse-html';
import {
  asciiSlug,
  sniffImageType,
  titleFileName,
  uniqueNames,
} from '../../../../utils/library/transfer/bundle/file-names';
import { toXhtml } from '../../../../utils/library/transfer/bundle/xhtml';

const xhtml = (html: string) => toXhtml(parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`).body);

describe('toXhtml', () => {
  it('writes void elements closed and text and attributes escaped, dropping what XML forbids', () => {
    expect(
      xhtml('<p title="a &quot;b&quot; &lt;c&gt;">x &amp; y &lt;z&gt;\u000c<br><img src="a.png" alt="A"></p>'),
    ).toBe('<p title="a &quot;b&quot; &lt;c&gt;">x &amp; y &lt;z&gt;<br/><img src="a.png" alt="A"/></p>');
  });

  it('keeps an id once, pixel sizes only, and links that lead somewhere from the book', () => {
    const out = xhtml(
      '<h2 id="a">A</h2><h2 id="a">B</h2><img src="x.png" width="100%" height="40">' +
        '<a href="#a">up</a><a href="#nowhere">gone</a><a href="javascript:alert(1)">js</a><a href="https://e.org/">web</a>',
    );
    expect(out).toBe(
      '<h2 id="a">A</h2><h2>B</h2><img src="x.png" height="40"/>' +
        '<a href="#a">up</a><a>gone</a><a>js</a><a href="https://e.org/">web</a>',
    );
  });

  it('drops scripts, styles, comments and presentational attributes, keeping the text of unknown wrappers', () => {
    expect(
      xhtml(
        '<table border="1" align="center"><tbody><tr><td style="color:red" onclick="x()">1</td></tr></tbody></table><!-- c --><script>bad()</script>',
      ),
    ).toBe('<table><tbody><tr><td>1</td></tr></tbody></table>');
  });
});

describe('export file names', () => {
  it('names notes after their titles, safely and once each', () => {
    const name = uniqueNames();
    expect(name(titleFileName('Budget: "yes" / no?'))).toBe('Budget yes no');
    expect(name(titleFileName('budget YES no'))).toBe('budget YES no (2)');
    expect(titleFileName('...')).toBe('Untitled');
    expect(asciiSlug('Fernwärme: 12 % teurer')).toBe('fernwarme-12-teurer');
    expect(asciiSlug('中国人工智能')).toBe('article');
  });

  it('tells an image type from its bytes', () => {
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10]))).toBe('image/png');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
