import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wrapPlaywright, type TestPage } from './harness/browsers';
import { chromeBuild, launchChromium, type ChromiumSession } from './harness/chromium';
import { openSaved, saveDraft } from './harness/library-reader';
import type { LibraryHooked } from './harness/library-page';
import { fixtureDraft } from './library-draft';

// Issue 14: under --lang=de every label stayed English. With the browser's UI in German, the popup and the library
// show German: no word that only the English locale has, <html lang="de">, dates in German.

type Messages = Record<string, { message: string }>;
const words = (locale: string) => {
  const messages = JSON.parse(readFileSync(resolve('public/_locales', locale, 'messages.json'), 'utf8')) as Messages;
  return new Set(
    Object.values(messages).flatMap(({ message }) => message.replace(/\$\w+\$/g, ' ').match(/\p{L}{3,}/gu) ?? []),
  );
};
// Words of the English strings that German does not share ("Sift", "PDF", "HTML" are the same in both).
const german = words('de');
const englishOnly = [...words('en')].filter((word) => !german.has(word));

/** Everything of Sift's own a reader sees or hears on the page: text, labels, placeholders, titles. */
const uiText = (page: TestPage, skip: string) =>
  page.evaluate((skipSelector) => {
    const parts: string[] = [document.title];
    const walk = (node: Element) => {
      if (skipSelector && node.matches(skipSelector)) return;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) parts.push(node.getAttribute(name) ?? '');
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
        else if (child instanceof Element) walk(child);
      }
    };
    walk(document.body);
    return parts.join(' ');
  }, skip);

const englishIn = (text: string) =>
  englishOnly.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text));

describe.skipIf(!existsSync(chromeBuild))('Sift in German (Chromium --lang=de)', () => {
  let session: ChromiumSession | undefined;
  afterAll(async () => await session?.close());

  it('the library shows no English UI word, with lang="de" and German dates', async () => {
    expect(englishOnly.length).toBeGreaterThan(100);
    session = await launchChromium({ args: ['--lang=de'] });
    const library = wrapPlaywright(await session.context.newPage());
    await library.goto(`chrome-extension://${session.extensionId}/library.html`);
    await library.waitForFunction(() => !!(globalThis as LibraryHooked).siftLibrary);
    expect(await library.evaluate(() => document.documentElement.lang)).toBe('de');
    await library.waitForFunction(() => !!document.querySelector('.lib-list-state'));
    expect(englishIn(await uiText(library, ''))).toEqual([]);

    // With an article open: its own text is English (the article's language), Sift's controls around it are not.
    const draft = fixtureDraft(
      join(resolve('tests/fixtures/e2e-pages'), 'library-article/index.html'),
      'https://coastal.example/a',
    );
    await saveDraft(library, draft);
    await openSaved(library, 'Brennholm harbour reopens', false);
    const controls = await uiText(library, '.sift-article h1, .sift-body, .sift-figure, .lib-row-title, .lib-tag');
    expect(englishIn(controls)).toEqual([]);
    expect(controls).toContain('Als gelesen markieren');
    // Dates in German: the article's date and the row's saved date.
    expect(await library.evaluate(() => document.querySelector('.sift-meta time')?.textContent)).toBe('14. März 2026');
  });

  it('the popup shows no English UI word', async () => {
    const popup = wrapPlaywright(await session!.context.newPage());
    await popup.goto(`chrome-extension://${session!.extensionId}/popup.html`);
    // Opened as a tab, the popup reads itself: an extension page, which it says it cannot read, in German.
    await popup.waitForFunction(() => !!document.querySelector('.sift-status h1'));
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    const text = await uiText(popup, '');
    expect(text).toContain('Sift kann diese Seite nicht lesen');
    expect(englishIn(text)).toEqual([]);
  });
});
