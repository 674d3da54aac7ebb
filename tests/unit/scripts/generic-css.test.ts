// The build step that turns the lists' generic rules into the early stylesheet.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cssIdent, genericCss } from '../../../scripts/filter-lists/generic-css';

describe('cssIdent', () => {
  it.each([
    ['ad-banner', 'ad-banner'],
    ['300x250', '\\33 00x250'],
    ['-1ad', '-\\31 ad'],
    ['ad:top', 'ad\\:top'],
    ['a.b', 'a\\.b'],
    ['-', '\\-'],
    ['广告', '广告'],
  ])('%s → %s', (name, escaped) => expect(cssIdent(name)).toBe(escaped));

  // linkedom's selector engine (css-select) reads CSS escapes as browsers do; happy-dom's does not.
  it('gives selectors a DOM matches by the original name', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    for (const name of ['300x250', 'ad:top', 'a.b', '-1ad', 'x[y]']) {
      document.body.innerHTML = '';
      const el = document.createElement('div');
      el.className = name;
      document.body.appendChild(el);
      expect(document.querySelector(`.${cssIdent(name)}`), name).toBe(el);
    }
  });
});

describe('genericCss', () => {
  const css = genericCss({
    classes: ['ad-banner', '300x250'],
    ids: ['ad_top'],
    keyed: [
      ['.promo', 'div.promo > a'],
      ['.x', 'html.dark .x'],
      ['.y', ':root .y'],
      ['.z', '.z::before'],
      ['.w', '+ .w'],
    ],
  });

  it('nests every rule under the gate attribute once', () => {
    expect(css.startsWith('html[data-sift-early]{')).toBe(true);
    expect(css.match(/data-sift-early/g)).toHaveLength(1);
    expect(css).toContain('.ad-banner,.\\33 00x250,#ad_top{display:none!important}');
    expect(css).toContain('& div.promo > a{display:none!important}');
  });

  it('leaves out what cannot sit under the gate: root selectors and pseudo-elements', () => {
    expect(css).not.toMatch(/html\.dark|:root|::before/);
  });
});
