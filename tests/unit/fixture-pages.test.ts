import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/article/extract-article';
import { findClutter } from '../../utils/clean/find-clutter';
import { findScrollLock } from '../../utils/clean/find-scroll-lock';
import { parseHtml } from '../../scripts/lib/parse-html';
import { fixturePages } from '../fixtures/paths';

interface Expected {
  url: string;
  title: string;
  byline?: string | null;
  lang?: string;
  hidden: string[];
  survive: string[];
  scrollLocked?: boolean;
}

const PAGES = fixturePages;
const pages = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(pages)('fixture page %s', (name) => {
  const html = readFileSync(join(PAGES, name, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8')) as Expected;

  it('hides every listed piece of clutter', () => {
    const doc = parseHtml(html);
    const hidden = findClutter(doc).map((m) => m.element);
    for (const selector of expected.hidden) {
      const el = doc.querySelector(selector);
      expect(el, `${selector} exists in the page`).not.toBeNull();
      expect(
        hidden.some((h) => h === el || h.contains(el!)),
        `${selector} is hidden`,
      ).toBe(true);
    }
  });

  it('never hides an article paragraph', () => {
    const doc = parseHtml(html);
    const hiddenText = findClutter(doc).map((m) => squash(m.element.textContent ?? ''));
    for (const paragraph of expected.survive) {
      const start = squash(paragraph).slice(0, 80);
      expect(
        hiddenText.find((t) => t.includes(start)),
        `hidden: "${start}"`,
      ).toBeUndefined();
    }
  });

  it('extracts the title and every article paragraph', () => {
    const result = extractArticle(parseHtml(html), expected.url, { contentType: 'text/html' });
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe(expected.title);
    if (expected.byline) expect(result.article.byline).toBe(expected.byline);
    if (expected.lang) expect(result.article.lang).toBe(expected.lang);
    const text = squash(result.article.text);
    for (const paragraph of expected.survive) expect(text).toContain(squash(paragraph));
    expect(result.article.words).toBeGreaterThan(50);
  });

  it('reports the scroll lock an overlay leaves, when there is one', () => {
    const locks = findScrollLock(parseHtml(html));
    if (expected.scrollLocked) expect(locks.length).toBeGreaterThan(0);
    else expect(locks).toEqual([]);
  });
});
