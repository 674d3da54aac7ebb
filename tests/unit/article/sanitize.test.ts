import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article/extract-article';
import { isSafeUrl, sanitizeTree } from '../../../utils/article/sanitize-tree';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { hostileArticlePage } from '../../fixtures/hostile/pages';
import { fillPayload, payloads } from '../../fixtures/hostile/payloads';

const BEACON = 'http://127.0.0.1:9/beacon';

// What must never survive in stored HTML: anything that runs code or loads from the beacon.
function dangers(html: string): string[] {
  const found: string[] = [];
  const doc = parseHtml(`<html><body>${html}</body></html>`);
  for (const el of doc.body.querySelectorAll('*')) {
    const tag = el.localName;
    if (
      /^(script|style|iframe|frame|object|embed|svg|math|form|input|button|meta|link|base|template|noscript|portal|applet|video|audio|track|textarea|select)$/.test(
        tag,
      )
    )
      found.push(`<${tag}>`);
    for (const { name, value } of [...el.attributes]) {
      if (
        /^on/i.test(name) ||
        name === 'style' ||
        name === 'srcdoc' ||
        name === 'formaction' ||
        name === 'ping' ||
        name === 'background' ||
        name === 'poster'
      )
        found.push(`${tag}[${name}]`);
      if (/^(href|src|srcset|cite|action|data)$/.test(name) && value.split(',').some((part) => !isSafeUrl(part.trim())))
        found.push(`${tag}[${name}=${value.slice(0, 30)}]`);
    }
  }
  return found;
}

describe('sanitizeTree', () => {
  it.each(payloads.map((p) => [p.id, p] as const))('%s leaves nothing that runs or loads', (_id, payload) => {
    const doc = parseHtml(`<html><body><div id="root">${fillPayload(payload, BEACON)}</div></body></html>`);
    const root = doc.getElementById('root')!;
    sanitizeTree(root);
    expect(dangers(root.innerHTML)).toEqual([]);
    expect(root.innerHTML).not.toMatch(/javascript:|vbscript:|data:text|onerror|onload|<script/i);
  });

  it('keeps article markup: paragraphs, links, images, lists, tables, emphasis', () => {
    const doc = parseHtml(
      '<html><body><div id="r"><h2>Sub</h2><p>A <a href="https://x.example/a">link</a>, <em>em</em> and <strong>strong</strong>.</p><img src="https://x.example/i.jpg" alt="i"><ul><li>one</li></ul><table><tr><td colspan="2">c</td></tr></table><blockquote>q</blockquote></div></body></html>',
    );
    const root = doc.getElementById('r')!;
    sanitizeTree(root);
    expect(root.querySelector('h2')!.textContent).toBe('Sub');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('https://x.example/a');
    expect(root.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(root.querySelector('img')!.getAttribute('src')).toBe('https://x.example/i.jpg');
    expect(root.querySelector('td')!.getAttribute('colspan')).toBe('2');
    expect(root.querySelector('li, blockquote, em, strong')).not.toBeNull();
  });

  it('is idempotent: sanitising stored HTML again (at save, at import, at render) changes nothing', () => {
    const doc = parseHtml(
      '<html><body><div id="r"><h2 id="part-2">Part 2</h2><p>Text <a href="#part-2">back</a>.</p></div></body></html>',
    );
    const root = doc.getElementById('r')!;
    sanitizeTree(root);
    const once = root.innerHTML;
    sanitizeTree(root);
    expect(root.innerHTML).toBe(once);
    expect(root.querySelector('h2')!.getAttribute('id')).toBe('sift-part-2');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('#sift-part-2');
  });

  // Found by tests/e2e/sanitize-property.test.ts: Chromium and Firefox keep an element's `is` value after the
  // attribute is removed and serialise it again, so <div is="x-y"> came out with is="x-y". Node's DOMs keep no
  // such value; here the behaviour that fixes it is checked: the element is rebuilt, its content kept.
  it('rebuilds an element that carries `is`, keeping its allowed attributes and children', () => {
    const doc = parseHtml(
      '<html><body><div id="r"><p is="x-y" title="t" onclick="alert(1)">kept <b>text</b></p></div></body></html>',
    );
    const root = doc.getElementById('r')!;
    const original = root.querySelector('p');
    sanitizeTree(root);
    expect(root.innerHTML).toBe('<p title="t">kept <b>text</b></p>');
    expect(root.querySelector('p')).not.toBe(original);
  });

  it('unwraps unknown elements but keeps their text', () => {
    const doc = parseHtml(
      '<html><body><div id="r"><custom-card><font color="red">kept text</font></custom-card></div></body></html>',
    );
    const root = doc.getElementById('r')!;
    sanitizeTree(root);
    expect(root.innerHTML).toBe('kept text');
  });

  it('keeps the prose of a form but none of its controls, and drops a form of labels', () => {
    const prose =
      'The lens ships with a petal hood and a soft pouch, but without the tripod collar, which costs 89 euros extra, and dealers list it from 1,149 euros with deliveries from the end of the month.';
    const doc = parseHtml(
      `<html><body><div id="r"><form action="/basket" onsubmit="x()"><p>${prose}</p>` +
        '<input name="sku"><button formaction="/buy">Buy</button><select><option>1</option></select></form>' +
        '<form action="/nl"><p>Sign up for our newsletter</p><input name="email"></form></div></body></html>',
    );
    const root = doc.getElementById('r')!;
    sanitizeTree(root);
    expect(root.innerHTML).toBe(`<p>${prose}</p>`);
  });
});

describe('extractArticle on a page with every payload planted', () => {
  it('returns the article text and HTML with nothing that runs or loads', () => {
    const html = hostileArticlePage(payloads, BEACON);
    const result = extractArticle(parseHtml(html), 'https://news.example/tram', { force: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('tram network by 12 kilometres');
    expect(dangers(result.article.html)).toEqual([]);
    // The beacon may survive as inert text (a payload shown as words); never in an attribute that loads.
    const doc = parseHtml(`<html><body>${result.article.html}</body></html>`);
    const loading = [...doc.body.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.value.includes('127.0.0.1:9')).map((a) => `${el.localName}[${a.name}]`),
    );
    expect(loading).toEqual([]);
  });
});
