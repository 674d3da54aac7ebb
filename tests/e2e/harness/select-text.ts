// Selecting words in a clean view as a drag would, for the highlight tests (library reader, popup).
import { expect } from 'vitest';
import type { TestPage } from './browsers.ts';

/**
 * Selects the first occurrence of `phrase` in the text under `within` and waits for the highlight toolbar.
 * Selected again if no bar shows: a page that gets focus after the selection (Firefox, a loaded machine) may clear
 * it, and the bar rightly closes with it. Polled in the page: Firefox's harness poll missed a bar that was there.
 */
export async function selectPhrase(page: TestPage, phrase: string, within = '.lib-reader .sift-body'): Promise<void> {
  let shown = false;
  for (let attempt = 0; attempt < 3 && !shown; attempt++) {
    shown = await page.evaluate(
      async ({ p, within }) => {
        const body = document.querySelector(within)!;
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        let found = false;
        for (let node = walker.nextNode() as Text | null; node && !found; node = walker.nextNode() as Text | null) {
          const at = node.data.indexOf(p);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + p.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          found = true;
        }
        if (!found) throw new Error(`not in the text: ${p}`);
        for (let k = 0; k < 100 && !document.querySelector('.sift-hl-toolbar'); k++)
          await new Promise((r) => setTimeout(r, 50));
        return !!document.querySelector('.sift-hl-toolbar');
      },
      { p: phrase, within },
    );
  }
  expect(shown, 'the highlight toolbar over the selection').toBe(true);
}

/** Presses a key in the page as a reader does (both drivers have page.keyboard). */
export const pressKey = (page: TestPage, key: string) =>
  (page.raw as unknown as { keyboard: { press(key: string): Promise<void> } }).keyboard.press(key);
