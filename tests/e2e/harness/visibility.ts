// What a reader sees: computed display/visibility of fixture items in the live page.
import type { TestPage } from './browsers.ts';

/** A fixture item: a CSS selector, or the text of an element (`{text}`), or `{selector}`. */
export type Item = string | { selector?: string; text?: string };

export interface ItemView {
  item: Item;
  /** How many elements the item names in the page. */
  found: number;
  /** How many of them are visible (no ancestor display:none, not visibility:hidden). */
  visible: number;
}

/**
 * Looks up each item and reports how many of its elements are visible. Strings in `hiddenItems` are selectors,
 * strings in `surviveItems` are paragraph text (the fixture format of tests/fixtures/pages/<name>/expected.json).
 */
export async function inspectItems(page: TestPage, hiddenItems: Item[], surviveItems: Item[]) {
  return page.evaluate(
    ({ hiddenItems, surviveItems }) => {
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      const isVisible = (el: Element) => {
        for (let n: Element | null = el; n; n = n.parentElement) {
          if (getComputedStyle(n).display === 'none') return false;
        }
        return getComputedStyle(el).visibility !== 'hidden';
      };
      // The deepest element whose text contains the snippet: the paragraph itself, not its article.
      const byText = (text: string) => {
        const want = norm(text);
        let best: Element | null = null;
        for (const el of document.body.querySelectorAll('*')) {
          if (norm(el.textContent ?? '').includes(want)) best = el;
        }
        return best ? [best] : [];
      };
      const resolve = (item: unknown, stringIsSelector: boolean): Element[] => {
        const { selector, text } =
          typeof item === 'string'
            ? stringIsSelector
              ? { selector: item, text: undefined }
              : { selector: undefined, text: item }
            : (item as { selector?: string; text?: string });
        if (selector) return [...document.querySelectorAll(selector)];
        return text ? byText(text) : [];
      };
      const view = (item: unknown, stringIsSelector: boolean) => {
        const els = resolve(item, stringIsSelector);
        return { item, found: els.length, visible: els.filter(isVisible).length };
      };
      return {
        hidden: hiddenItems.map((i) => view(i, true)),
        survive: surviveItems.map((i) => view(i, false)),
      };
    },
    { hiddenItems, surviveItems },
  ) as Promise<{ hidden: ItemView[]; survive: ItemView[] }>;
}

/** Elements Sift marked, and whether any other Sift attribute is on the page. */
export async function siftMarks(page: TestPage): Promise<{ hidden: number; any: number }> {
  return page.evaluate(() => ({
    hidden: document.querySelectorAll('[data-sift-hidden]').length,
    any: document.querySelectorAll('[data-sift-hidden], [data-sift-unlocked], [data-sift-ms]').length,
  }));
}
