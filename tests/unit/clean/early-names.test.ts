// Sift's own names in the early stylesheet: each is clutter the guarded idle pass hides too, and none of them hides a
// paragraph or what holds one before the article guard has looked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssIdent } from '../../../scripts/filter-lists/generic-css';
import { ownCss } from '../../../scripts/filter-lists/own-css';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { EARLY_NAMES, earlySelectors } from '../../../utils/clean/early-names';
import { findClutter } from '../../../utils/clean/find-clutter';
import { fixturePages } from '../../fixtures/paths';

const PROSE =
  'The council approved the new budget on Tuesday after a long debate, with members agreeing to raise spending on ' +
  'schools and roads while cutting the cost of the town hall by a tenth over the next three years.';
const article = (inside = '') =>
  `<article><h1>Budget passed</h1>${[1, 2, 3, 4].map((i) => `<p>${i}. ${PROSE}</p>`).join('')}${inside}</article>`;
const page = (body: string) => parseHtml(`<!doctype html><html><body>${body}</body></html>`);
const sheetMatches = (doc: Document) => [...doc.querySelectorAll(earlySelectors(cssIdent).join(','))];

describe('early names', () => {
  const names = Object.values(EARLY_NAMES).flat();

  it.each(names)('"%s" is clutter the idle pass hides as a class and as an id', (name) => {
    for (const attr of ['class', 'id']) {
      const doc = page(`${article()}<div ${attr}="${name}"><a href="/x">Something else</a></div>`);
      const el = doc.querySelector(`[${attr}="${name}"]`)!;
      const hidden = findClutter(doc).map((m) => m.element);
      expect(
        hidden.some((h) => h === el || h.contains(el)),
        `${attr}="${name}"`,
      ).toBe(true);
      expect(sheetMatches(doc)).toEqual([el]);
    }
  });

  it('leaves a named block holding a paragraph, and the article it wraps, to the guarded idle pass', () => {
    const doc = page(
      `<div class="social">${article('<p class="ad">A paragraph a CMS named oddly.</p>')}</div>` +
        `<aside class="related"><h2>Related</h2><a href="/a">Rates fall</a><p>A teaser paragraph.</p></aside>` +
        `<aside class="most-read"><blockquote>A quote</blockquote></aside>` +
        `<div class="share"><a href="/s">Share</a></div>`,
    );
    expect(sheetMatches(doc).map((el) => el.className)).toEqual(['share']);
  });

  it('is the stylesheet the build writes, under the early gate, one rule per selector', () => {
    const css = ownCss();
    expect(css.startsWith('html[data-sift-early]{\n')).toBe(true);
    expect(css).toContain('\n.ad:not(p,pre,blockquote):not(:has(p,pre,blockquote)){display:none!important}\n');
    expect(css.split('\n').filter((line) => line.endsWith('{display:none!important}'))).toHaveLength(names.length * 2);
  });
});

// On the fixture pages (written for the tests): what the sheet hides, the idle pass hides too, and no text that must
// survive is inside it.
describe.each(readdirSync(fixturePages).filter((d) => !d.includes('.')))('early names on %s', (name) => {
  it('hide only what the idle pass hides, and nothing that must survive', () => {
    const doc = parseHtml(readFileSync(join(fixturePages, name, 'source.html'), 'utf8'));
    const { survive } = JSON.parse(readFileSync(join(fixturePages, name, 'expected.json'), 'utf8')) as {
      survive: string[];
    };
    const hidden = findClutter(doc).map((m) => m.element);
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const el of sheetMatches(doc)) {
      expect(
        hidden.some((h) => h === el || h.contains(el)),
        el.outerHTML.slice(0, 120),
      ).toBe(true);
      for (const text of survive) expect(squash(el.textContent ?? '')).not.toContain(squash(text).slice(0, 60));
    }
  });
});
