// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageScanner, scanClutter, type ClutterScan } from '../../../utils/clean';
import { createCleaner } from '../../../utils/content/page-cleaner';

const PROSE = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i}: the council voted to extend the tram line by 12 kilometres, at a cost of about €480m, after a long debate on the route.</p>`,
).join('');

function page(extra = ''): Document {
  document.documentElement.innerHTML = `<head><title>t</title></head><body><main><article><h1>Tram</h1>${PROSE}</article></main>${extra}</body>`;
  return document;
}

const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const hidden = () => [...document.querySelectorAll('[data-sift-hidden]')].map((el) => el.id);

describe('createCleaner', () => {
  afterEach(() => vi.useRealTimers());

  it('cleans a large page in slices, each within its budget, and ends with everything found', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const cells = Array.from({ length: 6000 }, (_, i) => `<div class="cell"><span>${i}</span></div>`).join('');
    const doc = page(
      `<div class="ad-slot" id="ad-top"></div><section>${cells}</section><div class="ad-slot" id="ad-end"></div>`,
    );
    // A scan whose steps each end after one batch, as if every batch ran into the deadline.
    const scans: ClutterScan[] = [];
    const stepped = (d: Document, within?: Element): ClutterScan => {
      const real = scanClutter(d, undefined, { within });
      const scan = { step: () => real.step(-1), matches: () => real.matches() };
      scans.push(scan);
      return scan;
    };
    const counts: number[] = [];
    const cleaner = createCleaner(doc, { scan: stepped, report: (n) => counts.push(n), sliceMs: 1000 });
    cleaner.clean();
    expect(hidden()).toEqual(['ad-top']);
    expect(doc.documentElement.hasAttribute('data-sift-ms')).toBe(false);
    await tick(1000);
    expect(hidden()).toEqual(['ad-top', 'ad-end']);
    expect(doc.documentElement.hasAttribute('data-sift-ms')).toBe(true);
    expect(performance.getEntriesByName('sift:slice').length).toBeGreaterThan(20);
    expect(counts).toEqual([1, 2]);
    expect(scans).toHaveLength(1);
    cleaner.dispose();
  });

  it('scans only what the page adds later, and never hides the article', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const doc = page('<div class="ad-slot" id="ad-0"></div>');
    const within: (Element | undefined)[] = [];
    const scan = pageScanner();
    const cleaner = createCleaner(doc, {
      scan: (d, w) => (within.push(w), scan(d, w)),
      report: () => undefined,
      throttleMs: 100,
    });
    cleaner.clean();
    for (let n = 1; n <= 5; n++) {
      const block = doc.createElement('section');
      block.innerHTML = `<p>More ${n}</p><div class="ad-slot" id="ad-${n}"></div><div class="app-promo" id="promo-${n}">Download the app</div>`;
      doc.body.append(block);
      await tick(150);
    }
    expect(hidden()).toEqual([
      'ad-0',
      'ad-1',
      'promo-1',
      'ad-2',
      'promo-2',
      'ad-3',
      'promo-3',
      'ad-4',
      'promo-4',
      'ad-5',
      'promo-5',
    ]);
    expect(within[0]).toBeUndefined();
    expect(within.slice(1).map((w) => w?.tagName)).toEqual(['SECTION', 'SECTION', 'SECTION', 'SECTION', 'SECTION']);
    expect([...doc.querySelectorAll('article p')].every((p) => !p.closest('[data-sift-hidden]'))).toBe(true);
    cleaner.showEverything();
    expect(hidden()).toEqual([]);
  });
});
