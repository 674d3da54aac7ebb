// The content script's state machine for one page: clean, keep cleaning what arrives later, undo, clean again.
// Work is cut into slices of at most `sliceMs` of main-thread time, so a page of a million elements (or one that
// keeps adding content) is cleaned progressively and the tab never stalls behind Sift.
import type { ClutterScan } from '../clean';
import { countHidden, HIDDEN_ATTR, markHidden, repairScrollLock, TIMING_ATTR, unmarkAll } from './page-marks';

export interface CleanerOptions {
  /** Starts a clutter scan of the whole page, or of a subtree the page added later (utils/clean scanClutter). */
  scan: (doc: Document, within?: Element) => ClutterScan;
  /** Told the hidden count whenever it changes (the toolbar badge). */
  report: (count: number) => void;
  /** Wait between content arriving and the pass that looks at it (one pass however many nodes arrive). */
  throttleMs?: number;
  /** Main-thread ms one slice of work may take before Sift yields to the page. */
  sliceMs?: number;
  /** Blocks the reader asked to keep shown on this site: never marked. */
  keep?: (el: Element) => boolean;
}

export interface Cleaner {
  /** Cleans now (the rest in later slices on a huge page) and watches for later clutter; returns the hidden count so far. */
  clean(): number;
  /** Shows everything again and stops watching (undo, or the site switched off); returns how many were shown. */
  showEverything(): number;
  hiddenCount(): number;
  dispose(): void;
}

/** Under the 50 ms a browser calls a long task. */
export const SLICE_MS = 30;

export function createCleaner(doc: Document, options: CleanerOptions): Cleaner {
  const { scan, report, throttleMs = 500, sliceMs = SLICE_MS, keep } = options;
  // Subtrees the page added since the last look, and the scan in progress with the main-thread ms spent on it.
  const added = new Set<Element>();
  let current: { scan: ClutterScan; spentMs: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastReported = -1;
  const observer = new MutationObserver((records) => {
    // Only new elements matter; Sift's own attribute writes are not observed, so it never wakes itself.
    for (const record of records)
      for (const node of record.addedNodes) if (node.nodeType === 1) added.add(node as Element);
    schedule(throttleMs);
  });

  function schedule(delay: number): void {
    timer ??= setTimeout(() => {
      timer = undefined;
      slice();
    }, delay);
  }

  /** The next added subtree worth a scan: still in the page, not inside another queued one or hidden already. */
  function takeAdded(): Element | null {
    for (const root of added) {
      added.delete(root);
      if (!root.isConnected || root.parentElement?.closest(`[${HIDDEN_ATTR}]`)) continue;
      let queuedAbove = false;
      for (let up = root.parentElement; up && !queuedAbove; up = up.parentElement) queuedAbove = added.has(up);
      if (!queuedAbove) return root;
    }
    return null;
  }

  /** One slice: scans until the deadline, marks what it found, and schedules the rest. */
  function slice(): void {
    const start = performance.now();
    const deadline = start + sliceMs;
    let marked = 0;
    let finished = false;
    while (performance.now() < deadline) {
      if (!current) {
        const root = takeAdded();
        if (!root) break;
        current = { scan: scan(doc, root), spentMs: 0 };
      }
      const sliceStart = performance.now();
      const done = current.scan.step(deadline);
      current.spentMs += performance.now() - sliceStart;
      const found = current.scan.matches();
      marked += markHidden(keep ? found.filter((m) => !keep(m.element)) : found);
      if (!done) break;
      // A whole pass (page or subtree) is over: its total main-thread time is one `sift:clean` measure.
      performance.measure('sift:clean', { start: sliceStart, duration: current.spentMs });
      current = null;
      finished = true;
    }
    if (marked) repairScrollLock(doc);
    const end = performance.now();
    // Recorded where tests and the bench can read it, in both worlds: a performance measure per slice, and an
    // attribute once the page is clean up to now (tests wait for it).
    performance.measure('sift:slice', { start, end });
    const busy = current !== null || added.size > 0;
    if (finished && !busy) doc.documentElement.setAttribute(TIMING_ATTR, (end - start).toFixed(2));
    if (marked || lastReported < 0) {
      const count = countHidden(doc);
      if (count !== lastReported) report((lastReported = count));
    }
    // Unfinished work goes on at the next turn of the event loop, after whatever the page wanted to do.
    if (busy) schedule(current ? 0 : throttleMs);
  }

  function stopWatching(): void {
    observer.disconnect();
    clearTimeout(timer);
    timer = undefined;
    added.clear();
    current = null;
  }

  return {
    clean() {
      stopWatching();
      current = { scan: scan(doc), spentMs: 0 };
      observer.observe(doc.documentElement, { childList: true, subtree: true });
      slice();
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
