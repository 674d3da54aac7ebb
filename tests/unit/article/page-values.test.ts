import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article/extract-article';
import { pageDate, pageDir, pageLang, pageText } from '../../../utils/article/page-values';
import { readMetadata } from '../../../utils/article/read-metadata';
import { validateDraft } from '../../../utils/library/write/validate-draft';
import { parseHtml } from '../../../scripts/lib/parse-html';

describe('pageLang', () => {
  it.each([
    ['en_US', 'en-US'],
    ['EN', 'en'],
    ['pt_br', 'pt-BR'],
    [' de-DE ', 'de-DE'],
    ['en-GB, fr', 'en-GB'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['en"><img src=x onerror=alert(1)>', null],
    ['<b>en</b>', null],
    ['', null],
    ['   ', null],
    ['x', null],
    ['und', null],
    ['123456789', null],
    ['a'.repeat(300), null],
    [42, null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(pageLang(input)).toBe(expected);
  });

  it('gives only tags that Intl formats with', () => {
    for (const tag of ['en_US', 'de', 'ar-EG', 'sr_Latn_RS']) {
      const lang = pageLang(tag);
      expect(lang).not.toBeNull();
      expect(() => new Date(0).toLocaleDateString(lang!)).not.toThrow();
    }
  });
});

describe('pageDir, pageDate, pageText', () => {
  it.each([
    ['RTL', 'rtl'],
    [' ltr ', 'ltr'],
    ['auto', 'auto'],
    ['rtl; color:red', null],
    ['sideways', null],
    [1, null],
  ])('dir %j → %j', (input, expected) => expect(pageDir(input)).toBe(expected));

  it.each([
    ['2024-03-05T10:00:00Z', '2024-03-05T10:00:00.000Z'],
    ['2024-03-05', '2024-03-05T00:00:00.000Z'],
    ['yesterday', null],
    ['2024-13-45', null],
    ['+275760-09-13T00:00:00Z', null],
    ['0001-01-01', null],
    [12345, null],
    [{ '@value': '2024-01-01' }, null],
  ])('date %j → %j', (input, expected) => expect(pageDate(input)).toBe(expected));

  it('text: invisibles and bidi overrides out, spaces collapsed, capped; joiners kept', () => {
    expect(pageText('  Ana\u0000 \u202eRuiz\n')).toBe('Ana Ruiz');
    expect(pageText('x'.repeat(500))).toHaveLength(200);
    expect(pageText('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(pageText({ name: 'x' })).toBeNull();
    expect(pageText('\u0001 ')).toBeNull();
  });
});

// Written for the test: pages whose own values are wrong in the ways real sites get them wrong.
const article = (
  head: string,
  html = '<html lang="en">',
) => `<!doctype html>${html}<head><title>Bridge reopens after repairs</title>${head}</head>
<body><article><h1>Bridge reopens after repairs</h1>${'<p>The old river bridge reopened on Monday after eight months of repairs that cost the city about 14 million euros, officials said at a short ceremony attended by residents.</p>'.repeat(5)}</article></body></html>`;

describe('metadata a page gets wrong is dropped, never thrown on later', () => {
  it('lang="en_US" becomes en-US; a lang holding markup becomes none, and Content-Language is tried next', () => {
    expect(readMetadata(parseHtml(article('', '<html lang="en_US">')), 'https://x.example/a').lang).toBe('en-US');
    const markup = article(
      '<meta http-equiv="content-language" content="fr_FR">',
      `<html lang='en"><img src=x onerror=alert(1)>'>`,
    );
    expect(readMetadata(parseHtml(markup), 'https://x.example/a').lang).toBe('fr-FR');
    expect(readMetadata(parseHtml(article('', '<html lang="&lt;script&gt;">')), 'https://x.example/a').lang).toBeNull();
  });

  it('a bad JSON-LD date does not hide a good meta date; garbage JSON-LD fields are ignored', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      datePublished: '2024-02-30T25:61',
      author: { name: { x: 1 } },
      publisher: { name: 7 },
    });
    const page = article(
      `<script type="application/ld+json">${ld}</script>` +
        '<meta property="article:published_time" content="2024-05-06T08:00:00Z">',
    );
    expect(readMetadata(parseHtml(page), 'https://x.example/a').published).toBe('2024-05-06T08:00:00.000Z');
    const r = extractArticle(parseHtml(page), 'https://x.example/a', { force: true });
    // The publisher's name is not a string: the site is named by its host.
    expect(r.ok && [r.article.byline, r.article.siteName, r.article.published]).toEqual([
      null,
      'x.example',
      '2024-05-06T08:00:00.000Z',
    ]);
  });

  it('dir only ltr, rtl or auto; the draft carries a lang Intl accepts', () => {
    const page = article('', '<html lang="ar_EG" dir="RTL; color:red">');
    const r = extractArticle(parseHtml(page), 'https://x.example/a', { force: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.lang).toBe('ar-EG');
    expect(r.article.dir).toBeNull();
    expect(() => new Date().toLocaleDateString(r.article.lang ?? undefined)).not.toThrow();
  });

  it('a stored or imported record with en_US, a bad dir or date is repaired before it is shown', () => {
    const d = validateDraft({
      url: 'https://x.example/a',
      title: 't',
      html: '<p>x</p>',
      text: 'x',
      lang: 'en_US',
      dir: 'sideways',
      published: 'not a date',
    });
    expect([d.lang, d.dir, d.published]).toEqual(['en-US', null, null]);
  });
});
