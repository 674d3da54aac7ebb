// Issue 17: generated markup with clobbering forms, nested at random among article elements and payloads, must
// come out of the allowlist sanitiser (and extraction) holding only allowlisted elements and attributes, on
// linkedom and happy-dom, with the shadowing a browser would apply (clobber-like-a-browser.ts). The same
// generator runs in Chromium and Firefox in tests/e2e/sanitize-property.test.ts.
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { extractArticle } from '../../../utils/article/extract-article';
import { sanitizeTree } from '../../../utils/article/sanitize-tree';
import { clobberLikeABrowser, withClobberedCopies } from '../../fixtures/hostile/clobber-like-a-browser';
import { hostileBody, propertySeed } from '../../fixtures/hostile/generated-markup';
import { leftovers } from '../../fixtures/hostile/leftovers';

/**
 * A happy-dom window whose element ids cannot become its own properties under node names. happy-dom mirrors every
 * id onto the window (window[id] = element, as browsers do for names the window lacks), and its own event
 * dispatch walks `target.parentNode` up to the window and on: <div id="parentNode"> and then any event (an
 * <iframe> reports its disabled loading with one) makes that walk a cycle that grows an array until the process
 * runs out of memory. That is a bug of this test DOM, not of what it parses; reserving the names a node has on the
 * window (pinned as undefined) keeps happy-dom from mirroring them, and changes nothing a sanitiser reads.
 */
function happyWindow(): Window {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  for (let o: object | null = window.document.createElement('div'); o; o = Object.getPrototypeOf(o) as object | null) {
    for (const name of Object.getOwnPropertyNames(o)) {
      if (!(name in window))
        Object.defineProperty(window, name, { value: undefined, writable: true, configurable: true });
    }
  }
  return window;
}

// Each test gets its own DOM (a fresh happy-dom window, closed after), so nothing piles up across tests.
const doms: Record<string, () => { parse: (html: string) => Document; close: () => void }> = {
  linkedom: () => ({ parse: parseHtml, close: () => {} }),
  'happy-dom': () => {
    const window = happyWindow();
    return {
      parse: (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document,
      close: () => void window.close(),
    };
  },
};

describe.each(Object.keys(doms))('on %s', (name) => {
  it('sanitizeTree leaves only the allowlist, whatever the forms shadow', () => {
    const dom = doms[name]!();
    try {
      fc.assert(
        fc.property(hostileBody, (html) => {
          const doc = dom.parse(`<html><body><div id="root">${html}</div><p>after</p></body></html>`);
          clobberLikeABrowser(doc);
          const root = doc.getElementById('root')!;
          sanitizeTree(root);
          expect(leftovers(root.innerHTML)).toEqual([]);
        }),
        { numRuns: 300, seed: propertySeed() },
      );
    } finally {
      dom.close();
    }
  });

  it('extraction reads the page and leaves only the allowlist', () => {
    const prose =
      '<p>The harbour authority said on Friday that ferry traffic rose by 8% last year, the third rise in a row, as more commuters left their cars at home.</p>';
    const dom = doms[name]!();
    try {
      fc.assert(
        fc.property(hostileBody, (html) => {
          const doc = dom.parse(
            `<!doctype html><html lang="en"><head><title>Ferries busier</title></head><body><article>` +
              `<h1>Ferries busier</h1>${prose}<div>${html}</div>${prose}${prose}${prose}</article></body></html>`,
          );
          clobberLikeABrowser(doc);
          const result = withClobberedCopies(doc, () =>
            extractArticle(doc, 'https://news.example/ferry', { force: true }),
          );
          expect(result.ok).toBe(true);
          if (result.ok) expect(leftovers(result.article.html)).toEqual([]);
        }),
        { numRuns: 60, seed: propertySeed() },
      );
    } finally {
      dom.close();
    }
  });
});
