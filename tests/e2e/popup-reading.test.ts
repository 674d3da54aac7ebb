// Reading in the popup, in real Chromium and Firefox (issue 14 items 3-5): the article is the first screen (title
// and first paragraph in view, one row of controls, no scroller inside the popup's own), Listen reads and
// highlights, a saved page says Saved and takes tags, and the reading place survives closing the popup and
// carries over to the library and back.
import { describe, expect, it } from 'vitest';
import { writeArticle } from './harness/article-page.ts';
import { browserNames, type TestPage } from './harness/browsers.ts';
import { contentTabId, waitForContentScript } from './harness/messages.ts';
import { storageGet } from './harness/storage.ts';
import { useExtensionSession } from './harness/session.ts';
import { openSaved, waitForLibraryHook } from './harness/library-reader.ts';

const TITLE = 'Ferry crossings double after the new bridge toll';

/** A long article (it must scroll in the popup) with figures, written for this test. */
function writeLongPage(): string {
  const paragraphs = Array.from(
    { length: 30 },
    (_, i) =>
      `<p>On day ${i + 1} the ferry carried 2,${100 + i} cars, up 9% on the week before. Drivers said the bridge toll of $12 was too high. The operator added a third boat at 6am.</p>`,
  ).join('\n');
  return writeArticle('reading', 'ferry.html', TITLE, paragraphs);
}

interface Clickable {
  click(selector: string): Promise<void>;
}
const click = (page: TestPage, selector: string) => (page.raw as unknown as Clickable).click(selector);

/** How far down the popup's text is, 0-1. */
const place = (popup: TestPage) =>
  popup.evaluate(() => {
    const main = document.querySelector<HTMLElement>('.sift-main')!;
    return main.scrollTop / (main.scrollHeight - main.clientHeight);
  });

/** Scrolls the popup's text to `ratio` as a reader's wheel would (a scroll event follows). */
const scrollTo = (page: TestPage, selector: string, ratio: number) =>
  page.evaluate(
    ({ selector, ratio }) => {
      const el = document.querySelector<HTMLElement>(selector)!;
      el.scrollTop = ratio * (el.scrollHeight - el.clientHeight);
    },
    { selector, ratio },
  );

describe.each(browserNames)('%s: reading in the popup', (name) => {
  const s = useExtensionSession(name, () => ({ '/read/': writeLongPage() }));
  const pageUrl = () => s.server.url('/read/ferry.html');

  async function openPopup(): Promise<TestPage> {
    const page = await s.browser.newPage();
    s.closeAfterTest(page);
    await page.goto(pageUrl());
    await waitForContentScript(s.ext);
    const tabId = await contentTabId(s.ext);
    const popup = await s.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    s.closeAfterTest(popup);
    await popup.waitForFunction(() => !!document.querySelector('.sift-body p'));
    return popup;
  }

  it('opens on the article: title and first paragraph in view, one row of controls, no scroller inside', async () => {
    const popup = await openPopup();
    const seen = await popup.evaluate(() => {
      const main = document.querySelector('.sift-main')!.getBoundingClientRect();
      const first = document.querySelector('.sift-body p')!.getBoundingClientRect();
      const title = document.querySelector('.sift-article h1')!.getBoundingClientRect();
      const toolbar = document.querySelector('.sift-toolbar')!.getBoundingClientRect();
      const inner = [...document.querySelectorAll<HTMLElement>('.sift-main *')].filter((el) => {
        const o = getComputedStyle(el).overflowY;
        return (o === 'auto' || o === 'scroll') && el.scrollHeight > el.clientHeight + 1;
      });
      return {
        titleInView: title.top >= main.top && title.bottom <= main.bottom,
        firstParagraphInView: first.top >= main.top && first.bottom <= main.bottom,
        toolbarHeight: toolbar.height,
        innerScrollers: inner.length,
        figureChips: document.querySelectorAll('.sift-figure').length,
        buttons: [...document.querySelectorAll('.sift-toolbar > button')].map((b) => b.textContent),
      };
    });
    expect(seen).toMatchObject({ titleInView: true, firstParagraphInView: true, innerScrollers: 0 });
    expect(seen.toolbarHeight).toBeLessThan(48);
    expect(seen.figureChips).toBeGreaterThan(0);
    expect(seen.buttons).toEqual(['Save', 'Open in tab']);
  });

  it('Listen starts on the first sentence, highlighted, and stops; with no voice at all it says so', async () => {
    const popup = await openPopup();
    await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('.sift-listen button')]
        .find((b) => b.textContent === 'Listen')!
        .click(),
    );
    // The engine speaks (playing), fails (failed), or has no voice installed at all (headless Linux: unavailable).
    await popup.waitForFunction(() =>
      ['playing', 'failed', 'unavailable'].includes(
        document.querySelector('.sift-listen')?.getAttribute('data-listen') ?? '',
      ),
    );
    const seen = await popup.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sift-speaking');
      return {
        state: document.querySelector('.sift-listen')!.getAttribute('data-listen'),
        voices: speechSynthesis.getVoices().length,
        highlighted: highlight ? [...highlight].map((r) => r.toString()) : [],
        shown: document.querySelector('.sift-listen small')?.textContent ?? null,
        buttons: [...document.querySelectorAll('.sift-listen button')].map((b) => b.textContent),
      };
    });
    const state = seen.state;
    console.log(`${name}: ${seen.voices} speech voices; Listen is ${state}`);
    if (seen.voices === 0) {
      // Not Pause over silence: the control says why nothing is read, and Listen stays to try again.
      expect(seen).toMatchObject({
        state: 'unavailable',
        highlighted: [],
        shown: 'This browser has no voices installed, so it cannot read aloud.',
        buttons: ['Listen'],
      });
      return;
    }
    if (state === 'playing') {
      expect(seen.highlighted).toEqual(['On day 1 the ferry carried 2,100 cars, up 9% on the week before.']);
      await click(popup, '.sift-listen button');
      await popup.waitForFunction(
        () => document.querySelector('.sift-listen')?.getAttribute('data-listen') === 'paused',
      );
      await popup.evaluate(() =>
        [...document.querySelectorAll<HTMLButtonElement>('.sift-listen button')]
          .find((b) => b.textContent === 'Stop')!
          .click(),
      );
      await popup.waitForFunction(() => document.querySelector('.sift-listen')?.getAttribute('data-listen') === 'idle');
      expect(
        await popup.evaluate(() =>
          (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('sift-speaking'),
        ),
      ).toBe(false);
    }
  });

  it('keeps the place as the reader scrolls and when the popup closes at once', async () => {
    let popup = await openPopup();
    await popup.waitForFunction(() => document.querySelector('.sift-main')!.scrollHeight > 2000);
    const stored = async () =>
      Object.values(((await storageGet(s.ext, 'readingPositions')) ?? {}) as Record<string, { progress: number }>);
    // Written while the popup is still open, a moment after scrolling stops.
    await scrollTo(popup, '.sift-main', 0.6);
    for (let i = 0; i < 100 && !(await stored()).some((p) => Math.abs(p.progress - 0.6) < 0.01); i++)
      await new Promise((ok) => setTimeout(ok, 100));
    expect((await stored()).map((p) => p.progress.toFixed(2))).toEqual(['0.60']);
    // Closed right after a scroll, before that moment: the close itself keeps the place.
    await scrollTo(popup, '.sift-main', 0.3);
    await popup.close();
    popup = await openPopup();
    await popup.waitForFunction(() => {
      const main = document.querySelector<HTMLElement>('.sift-main')!;
      return Math.abs(main.scrollTop / (main.scrollHeight - main.clientHeight) - 0.3) < 0.02;
    });
    expect(await place(popup)).toBeCloseTo(0.3, 1);
    expect(Object.keys((await storageGet(s.ext, 'readingPositions')) as object)).toEqual([pageUrl()]);
  });

  it('a saved page says Saved and takes tags; its place carries to the library and back', async () => {
    let popup = await openPopup();
    await click(popup, '.sift-save');
    await popup.waitForFunction(() => !!document.querySelector('.sift-saved-tags input'));
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('.sift-saved-tags input')!.focus());
    const keyboard = (
      popup.raw as unknown as { keyboard: { type(t: string): Promise<void>; press(k: string): Promise<void> } }
    ).keyboard;
    await keyboard.type('ferries');
    await keyboard.press('Enter');
    await popup.waitForFunction(() =>
      document.querySelector('.sift-saved-tags li')?.textContent?.startsWith('ferries'),
    );
    await scrollTo(popup, '.sift-main', 0.4);
    await new Promise((ok) => setTimeout(ok, 1500)); // the place is written a second after scrolling stops
    await popup.close();

    // Reopened: Saved (not Save), with the tag, at the place.
    popup = await openPopup();
    await popup.waitForFunction(() => document.querySelector('.sift-save')?.textContent === 'Saved ✓');
    expect(await popup.evaluate(() => document.querySelector('.sift-saved-tags li')?.textContent)).toMatch(/^ferries/);
    await popup.waitForFunction(() => {
      const main = document.querySelector<HTMLElement>('.sift-main')!;
      return Math.abs(main.scrollTop / (main.scrollHeight - main.clientHeight) - 0.4) < 0.02;
    });
    await popup.close();

    // The library opens it at the popup's place; a place set there comes back in the popup.
    const library = await s.browser.openExtensionPage('library.html');
    s.closeAfterTest(library);
    await waitForLibraryHook(library);
    await openSaved(library, TITLE, false);
    const libPlace = () =>
      library.evaluate(() => {
        const el = document.querySelector<HTMLElement>('.lib-reader-scroll')!;
        return el.scrollTop / (el.scrollHeight - el.clientHeight);
      });
    await library.waitForFunction(() => {
      const el = document.querySelector<HTMLElement>('.lib-reader-scroll')!;
      return Math.abs(el.scrollTop / (el.scrollHeight - el.clientHeight) - 0.4) < 0.03;
    });
    expect(await libPlace()).toBeCloseTo(0.4, 1);
    await scrollTo(library, '.lib-reader-scroll', 0.75);
    await new Promise((ok) => setTimeout(ok, 1500));
    // A fresh library page (Firefox never reports a moz-extension reload as finished).
    await library.close();
    const again = await s.browser.openExtensionPage('library.html');
    s.closeAfterTest(again);
    await waitForLibraryHook(again);
    await openSaved(again, TITLE, false);
    await again.waitForFunction(() => {
      const el = document.querySelector<HTMLElement>('.lib-reader-scroll')!;
      return Math.abs(el.scrollTop / (el.scrollHeight - el.clientHeight) - 0.75) < 0.03;
    });
    popup = await openPopup();
    await popup.waitForFunction(() => {
      const main = document.querySelector<HTMLElement>('.sift-main')!;
      return Math.abs(main.scrollTop / (main.scrollHeight - main.clientHeight) - 0.75) < 0.02;
    });
  });
});
