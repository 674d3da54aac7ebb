// The store-time sanitiser (extraction's allowlist in whatever DOM parses: the browser's in the extension, here
// linkedom and happy-dom, so a DOM's parsing quirk cannot hide a hole) on the
// hostile payloads of tests/fixtures/hostile: nothing that can run or load on its own survives, and the prose before it does
// (some payloads never close, so what follows them may be swallowed as their content).
import { Window } from 'happy-dom';
import { DOMParser as LinkedomParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fillPayload, payloads } from '../../fixtures/hostile/payloads';
import { sanitizeHtml as sanitizeIn, type HtmlParser } from '../../../utils/article/sanitize-html';

const happy = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
});
const parsers: [string, HtmlParser][] = [
  ['linkedom', new LinkedomParser() as unknown as HtmlParser],
  ['happy-dom', new happy.DOMParser() as unknown as HtmlParser],
];

const DANGEROUS =
  /^(script|style|iframe|frame|object|embed|svg|math|form|input|button|meta|link|base|template|noscript)$/;

function problems(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const tag = el.localName;
    if (DANGEROUS.test(tag)) found.push(`<${tag}>`);
    for (const { name, value } of [...el.attributes]) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') found.push(`${tag}[${name}]`);
      if (
        /^(href|src|cite|action|formaction|xlink:href)$/i.test(name) &&
        !/^(https?:|mailto:|#)/i.test(value.replace(/[\u0000-\u0020]/g, ''))
      ) {
        found.push(`${tag}[${name}=${value.slice(0, 30)}]`);
      }
    }
  }
  return found;
}

describe.each(parsers)('sanitizeHtml in %s', (_dom, parser) => {
  const sanitizeHtml = (html: string) => sanitizeIn(html, parser);

  it.each(payloads.map((p) => [p.id, p] as const))(
    '%s: nothing that runs or loads by itself survives',
    (_id, payload) => {
      const dirty = `<p>The council voted on Tuesday.</p>${fillPayload(payload, 'http://127.0.0.1:9/beacon')}<p>Work starts in 2027.</p>`;
      const clean = sanitizeHtml(dirty);
      expect(problems(clean)).toEqual([]);
      expect(clean).toContain('<p>The council voted on Tuesday.</p>');
      // Idempotent: sanitising the output again changes nothing.
      expect(sanitizeHtml(clean)).toBe(clean);
    },
  );

  it('keeps text escaped and safe links and images', () => {
    const clean = sanitizeHtml(
      '<p>a &lt;b&gt; &amp; <a href="https://example.org/x">link</a> <img src="https://example.org/i.png" alt="A"></p>',
    );
    expect(clean).toContain('a &lt;b&gt; &amp; ');
    expect(clean).toContain('href="https://example.org/x"');
    expect(clean).toContain('src="https://example.org/i.png"');
  });
});
