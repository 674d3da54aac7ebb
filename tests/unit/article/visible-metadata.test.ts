// Dates and bylines a page shows only as text, site names that are not a section or an address, and the lead
// image: small pages written for this test, read the way the popup reads them.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article/extract-article';
import { siteNameOf, siteOfUrl } from '../../../utils/article/site-name';
import { parseHtml } from '../../../scripts/lib/parse-html';

const paragraphs = (lang: string) =>
  ({
    de: `<p>Der Stadtrat hat am Dienstag beschlossen, die Buslinien im Norden der Stadt bis zum Sommer zu verlängern und neue Haltestellen zu bauen.</p>
<p>Die Verkehrsbetriebe rechnen mit deutlich mehr Fahrgästen, sobald die neuen Fahrzeuge auf den Strecken unterwegs sind und der Takt dichter wird.</p>
<p>Anwohner hatten seit Jahren über lange Wartezeiten an den Haltestellen geklagt und mehrere Eingaben an die Verwaltung geschickt.</p>`,
    zh: `<p>市政府周二宣布，将在明年夏天之前延长城市北部的公交线路，并新建多个车站，以方便沿线居民出行。</p>
<p>公交公司预计，新车辆投入运营、发车间隔缩短之后，乘客人数将明显增加，高峰时段的拥挤情况也会缓解。</p>
<p>多年来，附近居民一直抱怨候车时间过长，并多次向有关部门反映意见，希望尽快改善公共交通服务。</p>`,
    en: `<p>The council voted on Tuesday to extend the northern bus routes before the summer and to build new stops along the way.</p>
<p>The transit company expects many more riders once the new vehicles run on the routes and buses come more often.</p>
<p>Residents had complained for years about long waits at the stops and had written to the council several times.</p>`,
  })[lang]!;

function read(lang: string, head: string, header: string, url = 'https://www.stadtbote.example/verkehr/busse') {
  const html =
    `<!doctype html><html lang="${lang}"><head><title>Neue Buslinien</title>${head}</head><body>` +
    `<nav><a href="/">Start</a> <a href="/verkehr">Verkehr</a></nav><main><article><h1>Neue Buslinien für den Norden der Stadt</h1>` +
    `${header}${paragraphs(lang)}</article></main>` +
    `<aside class="related"><p class="date">01.01.2020</p><p>Andere Meldung</p></aside></body></html>`;
  const result = extractArticle(parseHtml(html), url, { force: true });
  if (!result.ok) throw new Error(result.error.message);
  return result.article;
}

const localDay = (iso: string | null) => {
  const d = new Date(iso!);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
};

describe('metadata from visible text', () => {
  it('reads a German date line and a byline without its date', () => {
    const article = read(
      'de',
      '',
      '<div class="article-meta"><span class="author">Von Claudia Becker</span> | <span>18.11.2026, 14:05 Uhr</span></div>',
    );
    expect(localDay(article.published)).toEqual([2026, 11, 18, 14, 5]);
    expect(article.byline).toBe('Claudia Becker');
  });

  it('reads a Chinese byline after 作者： and an ISO-like date line', () => {
    const article = read('zh', '', '<p class="info">作者：张伟</p><p class="time">2026-11-22 09:15</p>');
    expect(article.byline).toBe('张伟');
    expect(localDay(article.published)).toEqual([2026, 11, 22, 9, 15]);
  });

  it('keeps the date from the markup over one in the text, and ignores dates in rails', () => {
    const article = read(
      'en',
      '<meta property="article:published_time" content="2026-03-14T08:00:00Z">',
      '<p class="byline">By Jane Doe | November 18, 2026</p>',
    );
    expect(article.published).toBe('2026-03-14T08:00:00.000Z');
    expect(article.byline).toBe('Jane Doe');
    expect(read('en', '', '').published).toBeNull();
  });

  it('keeps the lead image above the text', () => {
    const article = read(
      'en',
      '',
      '<figure><img src="/img/bus.jpg" width="1200" height="800" alt="A new bus"><figcaption>A new bus</figcaption></figure>',
    );
    expect(article.images).toContain('https://www.stadtbote.example/img/bus.jpg');
    expect(article.html).toContain('bus.jpg');
  });
});

describe('site name', () => {
  const doc = (head: string) => parseHtml(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`);
  const url = 'https://www.stadtbote.example/a';

  it('takes og:site_name, then the JSON-LD publisher, then the host', () => {
    expect(siteNameOf(doc('<meta property="og:site_name" content="Stadtbote">'), url)).toBe('Stadtbote');
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Der Stadtbote"}}</script>';
    expect(siteNameOf(doc(ld), url)).toBe('Der Stadtbote');
    expect(siteNameOf(doc(''), url)).toBe('stadtbote.example');
  });

  it('never a section or a country’s initials', () => {
    const section =
      '<meta property="og:site_name" content="Politics"><meta property="article:section" content="Politics">';
    expect(siteNameOf(doc(section), url)).toBe('stadtbote.example');
    const initials =
      '<meta property="og:site_name" content="U.S."><script type="application/ld+json">' +
      '{"@graph":[{"@type":"WebSite","name":"Daily Ledger"}]}</script>';
    expect(siteNameOf(doc(initials), url)).toBe('Daily Ledger');
  });

  it('never an IP address or localhost', () => {
    expect(siteOfUrl('http://127.0.0.1:8080/page')).toBeNull();
    expect(siteOfUrl('http://[::1]/page')).toBeNull();
    expect(siteOfUrl('http://localhost:3000/')).toBeNull();
    expect(
      siteNameOf(doc('<meta property="og:site_name" content="192.168.0.10">'), 'http://192.168.0.10/a'),
    ).toBeNull();
    expect(siteOfUrl('https://news.example/a')).toBe('news.example');
  });
});
