import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClutter, scanClutter } from '../../../utils/clean/find-clutter';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { fixturePages } from '../../fixtures/paths';

const pagesDir = fixturePages;
const names = readdirSync(pagesDir);

describe('scanClutter in steps', () => {
  it.each(names)('%s: steps that stop at once find exactly what one whole pass finds', (name) => {
    const html = readFileSync(join(pagesDir, name, 'source.html'), 'utf8');
    const whole = findClutter(parseHtml(html)).map((m) => `${m.rule} ${m.element.outerHTML.length}`);
    const doc = parseHtml(html);
    const scan = scanClutter(doc);
    // A deadline in the past: every step does one batch of elements and yields.
    let steps = 1;
    while (!scan.step(-1)) steps++;
    expect(scan.matches().map((m) => `${m.rule} ${m.element.outerHTML.length}`)).toEqual(whole);
    expect(whole.length).toBeGreaterThan(0);
    const elements = doc.body!.querySelectorAll('*').length + 1;
    expect(steps).toBe(Math.ceil(elements / 512));
  });

  it('scans only the subtree it is given', () => {
    const doc = parseHtml(readFileSync(join(pagesDir, 'seed-deepseek-china-ai', 'source.html'), 'utf8'));
    const block = doc.createElement('section');
    block.innerHTML = '<div class="ad-slot" id="late-ad"></div><p>Download the app</p>';
    doc.body!.append(block);
    const scan = scanClutter(doc, undefined, { within: block });
    expect(scan.step(Infinity)).toBe(true);
    const found = scan.matches().map((m) => m.element);
    // The promo's box widens to the whole added block, which holds the ad too.
    expect(found).toEqual([block]);
    expect(findClutter(doc).length).toBeGreaterThan(1);
  });
});
