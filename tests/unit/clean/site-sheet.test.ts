// A host's list rules as the stylesheet inserted at document_start: same selectors, under the early gate, never on a
// block holding a paragraph, and nothing a selector could smuggle into a stylesheet.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { siteSheetCss } from '../../../utils/clean/site-sheet';

describe('siteSheetCss', () => {
  it('gates each selector and keeps blocks with paragraphs for the guarded idle pass', () => {
    const css = siteSheetCss({ selectors: ['.promo-rail', 'div[data-box="teaser"]'], exceptions: [] });
    const rules = css.split('\n');
    expect(rules).toHaveLength(2);
    const doc = parseHtml(
      '<!doctype html><html data-sift-early><body><div class="promo-rail" id="a"><a href="/x">Deal</a></div>' +
        '<div class="promo-rail" id="b"><p>A paragraph of somebody\'s writing.</p></div>' +
        '<div data-box="teaser" id="c"></div></body></html>',
    );
    const matched = rules.flatMap((rule) =>
      [...doc.querySelectorAll(rule.slice(0, rule.indexOf('{')))].map((e) => e.id),
    );
    expect(matched).toEqual(['a', 'c']);
    expect(rules[0]).toMatch(/^html\[data-sift-early\] :is\(\.promo-rail\):not\(.*\)\{display:none!important\}$/);
  });

  it("leaves out the site's exceptions, selectors from the root, and ones that would break out of their rule", () => {
    const css = siteSheetCss({
      selectors: ['.keep', 'html.x .y', ':root .z', '.a{} body{display:none', '.b;', '.c/*', '.d::before', '.ok'],
      exceptions: ['.keep'],
    });
    expect(css.split('\n')).toEqual([expect.stringContaining(':is(.ok)')]);
    expect(siteSheetCss({ selectors: [], exceptions: [] })).toBe('');
  });
});
