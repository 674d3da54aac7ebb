// Issue 15 item 4, the other ways to a highlight, in real Chromium and Firefox: a selection in the popup's article
// (the popup saves the page first) that the library then shows; a key figure pinned as a highlight from the figures
// panel; and Escape in the library's reader, which first clears a selection and its bar and only then closes.
import { describe, expect, it } from 'vitest';
import { writeArticle } from './harness/article-page.ts';
import { browserNames, type TestPage } from './harness/browsers.ts';
import { openLibrary, type LibraryHooked } from './harness/library-page.ts';
import { findSaved, openSaved } from './harness/library-reader.ts';
import { contentTabId, waitForContentScript } from './harness/messages.ts';
import { pressKey, selectPhrase } from './harness/select-text.ts';
import { useExtensionSession } from './harness/session.ts';

const TITLE = 'Harbour ferries fill up as the bridge toll rises';

/** An article with figures, written for this test. */
function writePage(): string {
  const days = Array.from(
    { length: 12 },
    (_, i) =>
      `<p>On day ${i + 1} the harbour ferry carried ${300 + i * 7} cars through the sea fog. Drivers said the new ` +
      `bridge toll was too high for a daily trip, and the operator kept its timetable through the week.</p>`,
  ).join('\n');
  return writeArticle(
    'hl-paths',
    'ferry.html',
    TITLE,
    `
<p>The bridge toll rose by 40% to $14 in March, and ferry traffic doubled within a month.</p>
${days}
<p>The operator added a third boat at dawn to carry the queue of lorries waiting at the pier.</p>
`,
  );
}

const highlightsOf = (library: TestPage, id: string) =>
  // Through JSON: Firefox's BiDi hands a Dexie result array back as a non-array object.
  library
    .evaluate(async (i) => JSON.stringify(await (globalThis as LibraryHooked).siftLibrary!.api.highlights(i)), id)
    .then((json) => JSON.parse(json) as { quote: { exact: string }; color: string }[]);

const clickIn = (page: TestPage, selector: string) =>
  page.evaluate((s) => document.querySelector<HTMLElement>(s)!.click(), selector);

describe.each(browserNames)('%s: highlights from the popup, a pinned figure, Escape', (name) => {
  const s = useExtensionSession(name, () => ({ '/hl/': writePage() }));
  let library: TestPage;

  it('a highlight made in the popup saves the page and shows in the library', async () => {
    const tab = s.closeAfterTest(await s.browser.newPage());
    await tab.goto(s.server.url('/hl/ferry.html'));
    await waitForContentScript(s.ext);
    const popup = s.closeAfterTest(await s.browser.openExtensionPage(`popup.html?tab=${await contentTabId(s.ext)}`));
    await popup.waitForFunction(() => !!document.querySelector('.sift-body p'));

    await selectPhrase(popup, 'third boat at dawn', '.sift-body');
    // Not saved yet: the bar says a highlight saves the page first.
    expect(await popup.evaluate(() => !!document.querySelector('.sift-hl-hint'))).toBe(true);
    await clickIn(popup, '.sift-hl-toolbar [data-hl-color=yellow]');
    await popup.waitForFunction(
      () => document.querySelector('.sift-body mark.sift-hl')?.textContent === 'third boat at dawn',
    );

    library = await openLibrary(s.browser);
    await openSaved(library, TITLE, false);
    await library.waitForFunction(() =>
      [...document.querySelectorAll('.lib-reader mark.sift-hl-yellow')].some(
        (m) => m.textContent === 'third boat at dawn',
      ),
    );
    const saved = await findSaved(library, TITLE);
    expect((await highlightsOf(library, saved!.id)).map((h) => h.quote.exact)).toEqual(['third boat at dawn']);
    expect(popup.consoleErrors).toEqual([]);
  });

  it('pins a key figure as a highlight: its sentence, from the figures panel', async () => {
    await clickIn(library, '.lib-reader .sift-figure');
    // The figure's sentence is marked and the bar offers to keep it.
    await library.waitForFunction(
      () => !!document.querySelector('.lib-reader mark.sift-highlight') && !!document.querySelector('.sift-hl-toolbar'),
    );
    const sentence = await library.evaluate(() =>
      [...document.querySelectorAll('.lib-reader mark.sift-highlight')].map((m) => m.textContent).join(''),
    );
    expect(sentence).toMatch(/\d/);
    await clickIn(library, '.sift-hl-toolbar [data-hl-color=blue]');
    await library.waitForFunction(() => !!document.querySelector('.lib-reader mark.sift-hl-blue'));
    const saved = await findSaved(library, TITLE);
    const pinned = (await highlightsOf(library, saved!.id)).find((h) => h.color === 'blue');
    expect(pinned?.quote.exact.trim()).toBe(sentence.trim());
    expect(library.consoleErrors).toEqual([]);
  });

  it('Escape with a selection clears it and its bar; the next Escape closes the article', async () => {
    // Opened afresh, as a reader who comes back to it: focus is in the text.
    await clickIn(library, '.lib-reader-bar button');
    await openSaved(library, TITLE, false);
    await selectPhrase(library, 'sea fog');
    await pressKey(library, 'Escape');
    await library.waitForFunction(() => !document.querySelector('.sift-hl-toolbar'));
    expect(
      await library.evaluate(() => ({
        open: !!document.querySelector('.lib-reader'),
        selected: getSelection()?.toString() ?? '',
      })),
    ).toEqual({ open: true, selected: '' });

    await pressKey(library, 'Escape');
    await library.waitForFunction(() => !document.querySelector('.lib-reader'));
    expect(library.consoleErrors).toEqual([]);
  });
});
