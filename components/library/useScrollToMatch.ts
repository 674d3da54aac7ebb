import { type RefObject, useEffect } from 'react';
import { findFirstRange } from './find-in-element';

/** Name of the CSS highlight (::highlight(sift-find)) that marks the match in the reader. */
export const FIND_HIGHLIGHT = 'sift-find';
/** How long to wait for the article's body to be drawn (it fills in an effect, images after). */
const WAIT_MS = 3000;

type HighlightRegistry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => unknown;

/**
 * When an article is opened from a search, scrolls its text to the first match and marks it: with the CSS Custom
 * Highlight API, which leaves the article's DOM alone (React and the sanitiser own it), or, where a browser lacks
 * it, by selecting the match. Returns whether a match is being looked for, so the reading position is not restored
 * over it.
 */
export function useScrollToMatch(scroller: RefObject<HTMLElement | null>, key: string, query: string): boolean {
  useEffect(() => {
    const el = scroller.current;
    if (!el || !query) return;
    let done = false;
    let marked: Range | null = null;
    // The text node the match starts in: a live Range on removed nodes collapses onto a connected parent.
    let markedNode: Node | null = null;
    // The body is drawn again when its images' object URLs arrive, which leaves a found range on detached nodes:
    // until WAIT_MS the match is found again in the new nodes and marked there.
    const tryFind = () => {
      const body = el.querySelector('.sift-body');
      if (done || !body?.firstChild || markedNode?.isConnected) return;
      const range = findFirstRange(body, query);
      if (!range) return;
      marked = range;
      markedNode = range.startContainer;
      mark(range);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    };
    // An image above the match that loads later pushes it down: it is brought back into view.
    const onLoad = () => marked?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const stop = () => {
      observer.disconnect();
      el.removeEventListener('load', onLoad, true);
    };
    const observer = new MutationObserver(tryFind);
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    el.addEventListener('load', onLoad, true);
    tryFind();
    const timer = setTimeout(stop, WAIT_MS);
    return () => {
      done = true;
      stop();
      clearTimeout(timer);
      highlights()?.delete(FIND_HIGHLIGHT);
    };
  }, [scroller, key, query]);
  return query !== '';
}

function highlights(): HighlightRegistry | undefined {
  return (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
}

function mark(range: Range): void {
  const registry = highlights();
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  if (registry && Highlight) registry.set(FIND_HIGHLIGHT, new Highlight(range));
  else {
    const selection = globalThis.getSelection?.();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
}
