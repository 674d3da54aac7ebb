import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFilterLists } from '../../../scripts/filter-lists/compile-filter-list';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { filterListRules, hostKeys, siteFilters } from '../../../utils/clean/filter-list';
import { findClutter } from '../../../utils/clean/find-clutter';
import { defaultRules } from '../../../utils/clean/rules';
import { fixturePages, repoRoot } from '../../fixtures/paths';

// A list in Adblock syntax, written for this test: each kind of line the compiler takes, honours or leaves out.
const LIST = `! Title: Test list
[Adblock Plus 2.0]
||ads.example^$third-party
##.promo-box
###sky-ad
##div.teaser > .sponsor-tag
##[data-ad-name]
news.example##.paywall-nag
news.example,~quiet.news.example##.reader-survey
~calm.example##.promo-box
news.example#@#.promo-box
#@#.unused
##.unused
news.example##.x:has-text(Ad)
news.example#?#.y:-abp-contains(Ad)
example.*##.z
news.example##+js(nowebrtc)
news.example#$#.w { display: none; }`;

const compiled = compileFilterLists([LIST]);
const rulesFor = (host: string) => filterListRules(compiled, siteFilters(compiled, host));

describe('compileFilterLists', () => {
  it('indexes generic rules by class and id, keys compound ones by their last class, and drops what it cannot honour', () => {
    expect(compiled.classes).toEqual(['promo-box']);
    expect(compiled.ids).toEqual(['sky-ad']);
    expect(compiled.keyed).toEqual([['.sponsor-tag', 'div.teaser > .sponsor-tag']]);
    expect(compiled.sites).toEqual({ 'news.example': ['.paywall-nag', '.reader-survey'] });
    expect(compiled.exceptions).toEqual({
      'calm.example': ['.promo-box'],
      'news.example': ['.promo-box'],
      'quiet.news.example': ['.reader-survey'],
    });
  });

  it("gives a page its own site's rules, parent domains included, less its exceptions", () => {
    expect(hostKeys('www.news.example')).toEqual(['www.news.example', 'news.example']);
    const page =
      parseHtml(`<html><body><article id="story">${'<p>Story text, long enough to be the article here, with a clause, another clause, and more.</p>'.repeat(6)}</article>
      <div id="a" class="promo-box"></div><div id="b" class="paywall-nag"></div><div id="c" class="reader-survey"></div>
      <div id="sky-ad"></div><div class="teaser" id="d"><span class="sponsor-tag">Ad</span></div></body></html>`);
    const hidden = (host: string) =>
      findClutter(page, rulesFor(host))
        .map((m) => m.element.id)
        .sort();
    expect(hidden('www.news.example')).toEqual(['b', 'c', 'd', 'sky-ad']);
    expect(hidden('quiet.news.example')).toEqual(['b', 'd', 'sky-ad']);
    expect(hidden('calm.example')).toEqual(['d', 'sky-ad']);
    expect(hidden('other.example')).toEqual(['a', 'd', 'sky-ad']);
  });

  it("lets Sift's own label rule widen to the ad's box when a list names only its label", () => {
    const doc =
      parseHtml(`<html><body><article>${'<p>Story text, long enough to be the article here, with a clause, another clause, and more.</p>'.repeat(6)}
      <div id="x"><div class="ad-label">Advertisement</div><div class="creative"></div></div></article></body></html>`);
    const labels = compileFilterLists(['##.ad-label']);
    const hidden = findClutter(doc, [...defaultRules, ...filterListRules(labels, siteFilters(labels, 'a.example'))]);
    expect(hidden.map((m) => m.element.id)).toEqual(['x']);
  });

  it('never hides the article, whatever a list rule matches', () => {
    const html = readFileSync(join(fixturePages, 'gazette-fed-holds-rates', 'source.html'), 'utf8');
    const greedy = compileFilterLists([
      '##.meteredContent\n###site-content\n##.StoryBodyCompanionColumn\n###dfp-ad-top',
    ]);
    const doc = parseHtml(html);
    const hidden = findClutter(doc, filterListRules(greedy, siteFilters(greedy, 'www.gazette.example'))).map(
      (m) => m.element,
    );
    expect(hidden.map((el) => el.id)).toContain('top-wrapper');
    const paragraphs = [...doc.querySelectorAll('#story p')].filter((p) => (p.textContent ?? '').length > 150);
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    for (const p of paragraphs)
      expect(
        hidden.some((el) => el.contains(p)),
        p.textContent!.slice(0, 60),
      ).toBe(false);
  });
});

// The real lists, when the build has compiled them (scripts/filter-lists/build-filter-lists.ts).
const generated = join(repoRoot, 'generated/filter-lists');
const built =
  existsSync(join(generated, 'source.json')) && JSON.parse(readFileSync(join(generated, 'source.json'), 'utf8'));

describe.skipIf(!built)('the bundled filter lists on the fixture pages', () => {
  const generic = built && JSON.parse(readFileSync(join(generated, 'generic.json'), 'utf8'));
  const sites = built && JSON.parse(readFileSync(join(generated, 'sites.json'), 'utf8'));
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

  it.each(readdirSync(fixturePages))('%s: hide more, and never an article paragraph', (name) => {
    const dir = join(fixturePages, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string; survive: string[] };
    const html = readFileSync(join(dir, 'source.html'), 'utf8');
    const rules = [...defaultRules, ...filterListRules(generic, siteFilters(sites, new URL(expected.url).hostname))];
    const hidden = findClutter(parseHtml(html), rules);
    expect(hidden.length).toBeGreaterThanOrEqual(findClutter(parseHtml(html)).length);
    const hiddenText = hidden.map((m) => squash(m.element.textContent ?? ''));
    for (const paragraph of expected.survive) {
      const start = squash(paragraph).slice(0, 80);
      expect(
        hiddenText.find((t) => t.includes(start)),
        `hidden: "${start}"`,
      ).toBeUndefined();
    }
  });
});
