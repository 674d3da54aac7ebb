// The content script's state machine for one page: clean, keep cleaning what arrives later, undo, clean again.
import { countHidden, markHidden, repairScrollLock, TIMING_ATTR, unmarkAll } from './page-marks';

export interface Found {
  element: Element;
  rule: string;
}

export interface CleanerOptions {
  /** The clutter finder (utils/clean findClutter with its rules). */
  find: (doc: Document) => readonly Found[];
  /** Told the hidden count whenever it changes (the toolbar badge). */
  report: (count: number) => void;
  /** Wait between passes for clutter injected later. */
  throttleMs?: number;
  /** Main-thread ms the later passes may spend in all; past it Sift stops watching the page. */
  budgetMs?: number;
}

export interface Cleaner {
  /** Cleans now and watches for later clutter; returns the hidden count. */
  clean(): number;
  /** Shows everything again and stops watching (undo, or the site switched off); returns how many were shown. */
  showEverything(): number;
  hiddenCount(): number;
  dispose(): void;
}

export function createCleaner(doc: Document, options: CleanerOptions): Cleaner {
  const { find, report, throttleMs = 500, budgetMs = 150 } = options;
  let spentMs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastReported = -1;
  const observer = new MutationObserver(() => {
    // Throttle: one pass per window however many nodes arrive.
    timer ??= setTimeout(() => {
      timer = undefined;
      spentMs += pass();
      if (spentMs > budgetMs) observer.disconnect();
    }, throttleMs);
  });

  function pass(): number {
    const start = performance.now();
    markHidden(find(doc));
    repairScrollLock(doc);
    const end = performance.now();
    // Recorded where tests and the bench can read it, in both worlds: an attribute and a performance measure.
    doc.documentElement.setAttribute(TIMING_ATTR, (end - start).toFixed(2));
    performance.measure('sift:clean', { start, end });
    const count = countHidden(doc);
    if (count !== lastReported) report((lastReported = count));
    return end - start;
  }

  function stopWatching(): void {
    observer.disconnect();
    clearTimeout(timer);
    timer = undefined;
  }

  return {
    clean() {
      stopWatching();
      pass();
      // Only new children matter; Sift's own attribute writes are not observed, so it never wakes itself.
      if (spentMs <= budgetMs) observer.observe(doc.documentElement, { childList: true, subtree: true });
      return countHidden(doc);
    },
    showEverything() {
      stopWatching();
      const shown = unmarkAll(doc);
      doc.documentElement.removeAttribute(TIMING_ATTR);
      report((lastReported = 0));
      return shown;
    },
    hiddenCount: () => countHidden(doc),
    dispose: stopWatching,
  };
}
