import { describe, expect, it } from 'vitest';
import { findClutter } from '../../../utils/clean/find-clutter';
import { findScrollLock } from '../../../utils/clean/find-scroll-lock';
import { parseHtml } from '../../../scripts/lib/parse-html';

// Enough article that the locator has something to protect, as on a real page.
const ARTICLE = `<article id="story">${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story, long enough to be read as article text, with commas, clauses, and the detail a reporter adds to make it a paragraph.</p>`).join('')}</article>`;

function hiddenIn(snippet: string): { rule: string; kind: string; id: string | null }[] {
  const doc = parseHtml(`<!doctype html><html><body><main>${ARTICLE}${snippet}</main></body></html>`);
  return findClutter(doc).map((m) => ({ rule: m.rule, kind: m.kind, id: m.element.getAttribute('id') }));
}

// [kind, markup with the clutter box as #x]
const cases: [string, string][] = [
  ['ad', '<div id="x" class="ad-slot"></div>'],
  ['ad', '<div id="x"><iframe src="https://googleads.g.doubleclick.net/pagead/ads?id=1"></iframe></div>'],
  ['ad', '<ins id="x" class="adsbygoogle" data-ad-slot="1"></ins>'],
  ['ad', '<div id="x"><span>Advertisement</span><div class="creative"></div></div>'],
  ['ad', '<div id="x"><span>Anzeige</span><div></div></div>'],
  ['ad', '<div id="x"><span>Publicité</span><div></div></div>'],
  ['ad', '<div id="x"><span>广告</span><div></div></div>'],
  ['ad', '<div id="x" data-google-query-id="CKx"></div>'],
  ['sponsored', '<div id="x" class="OUTBRAIN" data-widget-id="AR_1"></div>'],
  ['sponsored', '<div id="x"><h3>Around the web</h3><a href="https://ads.example/1">One weird trick</a></div>'],
  ['sponsored', '<div id="x" class="taboola-widget"></div>'],
  ['app-promo', '<div id="x"><h3>Download the app</h3><p>Read anywhere.</p></div>'],
  ['app-promo', '<div id="x"><h3>Get the app</h3><p>Free on iOS and Android.</p></div>'],
  ['app-promo', '<div id="x"><a href="/open">Open in app</a></div>'],
  ['app-promo', '<section id="x"><h2>Try Our AI Features</h2><p>Explore what Daily8 AI can do for you:</p></section>'],
  ['app-promo', '<a id="x" href="https://apps.apple.com/app/id123">App Store</a>'],
  ['app-promo', '<a id="x" href="https://play.google.com/store/apps/details?id=a.b">Google Play</a>'],
  ['app-promo', '<div id="x"><p>App herunterladen</p></div>'],
  ['app-promo', '<div id="x"><p>Laden Sie unsere App herunter</p></div>'],
  ['app-promo', '<div id="x"><p>Téléchargez l\'application</p></div>'],
  ['app-promo', '<div id="x"><p>Descarga la app</p></div>'],
  ['app-promo', '<div id="x"><p>下载新闻APP</p></div>'],
  ['app-promo', '<div id="x" class="smart-banner"></div>'],
  ['newsletter', '<div id="x" class="newsletter-signup"><form><input></form></div>'],
  ['newsletter', '<div id="x"><h3>Sign up for our daily newsletter</h3><form><input></form></div>'],
  ['newsletter', '<div id="x"><h3>Newsletter abonnieren</h3></div>'],
  ['consent', '<div id="onetrust-banner-sdk"></div>'],
  ['consent', '<div id="x"><p>We use cookies to improve your experience.</p><button>OK</button></div>'],
  ['consent', '<div id="x" class="cookie-notice"></div>'],
  ['consent', '<div id="x" class="cmpbox cmpfadeout"><div class="cmpboxtxt">Cookies</div></div>'],
  ['consent', '<div id="x" class="cmp-banner"></div>'],
  ['ad', '<aside><div id="x" class="Teaser Teaser--Ads"></div></aside>'],
  ['overlay', '<div id="x" class="modal-backdrop"></div>'],
  ['related', '<section id="x"><h2>Related Articles</h2><ul><li><a href="/a">A</a></li></ul></section>'],
  ['related', '<section id="x"><h2>You may also like</h2><ul><li><a href="/a">A</a></li></ul></section>'],
  ['related', '<div id="x" class="related-stories"></div>'],
  ['related', '<section id="x"><h2>Mehr zum Thema</h2><ul><li><a href="/a">A</a></li></ul></section>'],
  ['related', '<section id="x"><h2>À lire aussi</h2><ul><li><a href="/a">A</a></li></ul></section>'],
  ['related', '<section id="x"><h2>Noticias relacionadas</h2><ul><li><a href="/a">A</a></li></ul></section>'],
  ['related', '<section id="x"><h2>相关新闻</h2><ul><li><a href="/a">A</a></li></ul></section>'],
  ['comments', '<section id="comments"><h2>Comments</h2><p>No comments yet...</p></section>'],
  ['comments', '<div id="disqus_thread"></div>'],
  ['comments', '<section id="x"><h2>Kommentare</h2></section>'],
  ['share', '<div id="x" class="share-bar"><a href="#">Facebook</a></div>'],
  ['share', '<div id="x"><h3>Share this:</h3><a href="#">X</a></div>'],
  ['sticky-video', '<div id="x" class="sticky-video-player"></div>'],
];

describe('clutter rules, one kind at a time', () => {
  it.each(cases)('hides %s: %s', (kind, markup) => {
    const hidden = hiddenIn(markup);
    const id = /id="([^"]+)"/.exec(markup)![1]!;
    expect(hidden).toContainEqual(expect.objectContaining({ kind, id }));
  });

  it('hides nothing on a page of plain article text', () => {
    expect(hiddenIn('')).toEqual([]);
  });

  it("reads names as whole words in context: a CMS's content components and text blocks are not clutter", () => {
    const aem =
      '<div class="cmp-title"><h2>Heading</h2></div><div class="cmp-image"><img src="/a.jpg" alt=""></div>' +
      '<div class="cmp-text"><p>Text</p></div><div class="cookie-text">Baking at home</div><div class="ad_text">Note</div>';
    expect(hiddenIn(aem)).toEqual([]);
    const doc = parseHtml(
      `<html><body><article id="story">${ARTICLE.replace(
        '<p>',
        '<section class="Report__Section--Ads"><h2>Ads</h2><p>The free version shows a banner under every forecast. ',
      ).replace('</p>', '</p></section>')}</article></body></html>`,
    );
    expect(findClutter(doc)).toEqual([]);
  });

  it('never hides the article even when its container is named like clutter', () => {
    const doc = parseHtml(`<html><body><div class="related-content share-wrapper">${ARTICLE}</div></body></html>`);
    const hidden = findClutter(doc).map((m) => m.element);
    const story = doc.getElementById('story')!;
    expect(hidden.some((el) => el.contains(story))).toBe(false);
  });

  it('never hides a block holding several article paragraphs even inside the article', () => {
    const doc = parseHtml(
      `<html><body><article id="story"><div class="comments">${ARTICLE}</div></article></body></html>`,
    );
    expect(
      findClutter(doc)
        .map((m) => m.element.textContent)
        .join(''),
    ).not.toContain('Paragraph 1');
  });

  it('reports only the outermost of nested matches, once', () => {
    const hidden = hiddenIn(
      '<div id="x" class="ad-wrapper"><div class="ad-slot"><ins class="adsbygoogle"></ins></div></div>',
    );
    expect(hidden.filter((h) => h.kind === 'ad')).toEqual([expect.objectContaining({ id: 'x' })]);
  });

  it('says why it hid each element', () => {
    const doc = parseHtml(
      `<html><body>${ARTICLE}<div class="ad-slot"></div><div><h3>Get the app</h3></div></body></html>`,
    );
    const reasons = findClutter(doc).map((m) => m.reason);
    expect(reasons).toEqual(expect.arrayContaining(['class or id "ad-slot"', 'says "Get the app"']));
  });

  it('finds the scroll lock overlays leave on html or body', () => {
    expect(findScrollLock(parseHtml('<html><body style="overflow:hidden"></body></html>')).map((l) => l.cause)).toEqual(
      ['inline overflow: hidden'],
    );
    expect(findScrollLock(parseHtml('<html class="didomi-popup-open"><body></body></html>'))).toHaveLength(1);
    expect(findScrollLock(parseHtml('<html><body class="home"></body></html>'))).toEqual([]);
  });
});
