// @vitest-environment happy-dom
// Issue 17, "layer by layer": each of Sift's three sanitising layers is fed the raw payloads on its own (no layer
// before it ran) and must leave only allowlisted elements, attributes and URL schemes. Extraction is run on
// linkedom and on happy-dom, with forms and named images shadowing properties as a browser makes them
// (clobber-like-a-browser.ts); the store-time sanitiser parses with linkedom here (a real DOM in the extension); the display
// layer is ArticleBody rendered in happy-dom. Each test prints its counts (payloads that left something, crashes).
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleBody } from '../../../components/article/ArticleBody';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { extractArticle } from '../../../utils/article/extract-article';
import { sanitizeTree } from '../../../utils/article/sanitize-tree';
import { DOMParser as LinkedomParser } from 'linkedom';
import { sanitizeHtml as sanitizeIn, type HtmlParser } from '../../../utils/article/sanitize-html';

const linkedomParser = new LinkedomParser() as unknown as HtmlParser;
const sanitizeHtml = (html: string) => sanitizeIn(html, linkedomParser);
import { clobberLikeABrowser, withClobberedCopies } from '../../fixtures/hostile/clobber-like-a-browser';
import { leftovers } from '../../fixtures/hostile/leftovers';
import { hostileArticlePage } from '../../fixtures/hostile/pages';
import { fillPayload, payloads, type Payload } from '../../fixtures/hostile/payloads';
import { render } from '../components/library/render';

const BEACON = 'http://127.0.0.1:9/beacon';
const happy = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    disableComputedStyleRendering: true,
  },
});
const parsers: Record<string, (html: string) => Document> = {
  linkedom: parseHtml,
  'happy-dom': (html) => new happy.DOMParser().parseFromString(html, 'text/html') as unknown as Document,
};
afterAll(() => happy.close());

// Five quiet paragraphs around the payload, so the page reads as an article whatever the payload does.
const blank: Payload = { id: 'blank', family: 'script', html: '' };
const pageWith = (p: Payload) => hostileArticlePage([p, blank, blank, blank, blank, blank], BEACON);

interface Tally {
  leaking: Record<string, string[]>;
  crashed: Record<string, string>;
}
const tallies: Record<string, Tally> = {};

function tally(layer: string, id: string, run: () => string | null): void {
  const t = (tallies[layer] ??= { leaking: {}, crashed: {} });
  try {
    const html = run();
    const left = html === null ? [] : leftovers(html);
    if (left.length) t.leaking[id] = left;
  } catch (error) {
    t.crashed[id] = String(error).slice(0, 120);
  }
}

function report(layer: string): Tally {
  const t = tallies[layer]!;
  console.log(
    `[layers] ${layer}: ${Object.keys(t.leaking).length} of ${payloads.length} payloads leave something ` +
      `outside the allowlist, ${Object.keys(t.crashed).length} crash`,
  );
  return t;
}

describe.each(Object.keys(parsers))('on %s', (dom) => {
  const parse = parsers[dom]!;

  it('extraction alone leaves only the allowlist, on pages clobbered as a browser clobbers them', () => {
    const layer = `extraction (${dom})`;
    for (const p of payloads) {
      tally(layer, p.id, () => {
        const doc = parse(pageWith(p));
        clobberLikeABrowser(doc);
        const result = withClobberedCopies(doc, () =>
          extractArticle(doc, 'https://news.example/tram', { force: true }),
        );
        if (!result.ok) throw new Error(`not read: ${result.error.kind}`);
        return result.article.html;
      });
    }
    expect(report(layer)).toEqual({ leaking: {}, crashed: {} });
  });

  it('the allowlist sanitiser alone leaves only the allowlist, on clobbered trees', () => {
    const layer = `sanitizeTree (${dom})`;
    for (const p of payloads) {
      tally(layer, p.id, () => {
        const doc = parse(
          `<html><body><div id="root"><p>Before.</p>${fillPayload(p, BEACON)}<p>After.</p></div></body></html>`,
        );
        clobberLikeABrowser(doc);
        const root = doc.getElementById('root')!;
        sanitizeTree(root);
        return root.innerHTML;
      });
    }
    expect(report(layer)).toEqual({ leaking: {}, crashed: {} });
  });
});

describe('the store-time sanitiser (background, linkedom)', () => {
  it('alone leaves only the allowlist, and a second pass changes nothing (no mutation on re-parse)', () => {
    const layer = 'store (sanitizeHtml)';
    const unstable: string[] = [];
    for (const p of payloads) {
      tally(layer, p.id, () => {
        const once = sanitizeHtml(`<p>Before.</p>${fillPayload(p, BEACON)}<p>After.</p>`);
        if (sanitizeHtml(once) !== once) unstable.push(p.id);
        return once;
      });
    }
    expect(report(layer)).toEqual({ leaking: {}, crashed: {} });
    expect(unstable).toEqual([]);
  });
});

describe('the display layer (ArticleBody, happy-dom)', () => {
  it.each([
    ['popup', undefined],
    ['library', {}],
  ] as const)('alone leaves only the allowlist in the %s', async (where, imageUrls) => {
    const layer = `display (${where})`;
    for (const p of payloads) {
      const view = await render(
        <ArticleBody html={`<p>Before.</p>${fillPayload(p, BEACON)}<p>After.</p>`} imageUrls={imageUrls} />,
      );
      tally(layer, p.id, () => view.container.querySelector('.sift-body')!.innerHTML);
      await view.unmount();
    }
    expect(report(layer)).toEqual({ leaking: {}, crashed: {} });
  });
});
