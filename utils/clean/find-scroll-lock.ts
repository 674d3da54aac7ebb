export interface ScrollLock {
  element: Element;
  /** What locks it: an inline overflow/position style or a class that sites use to freeze scrolling. */
  cause: string;
}

const LOCK_CLASS =
  /^(modal-open|no-?scroll|noscroll|overflow-hidden|scroll-?lock(ed)?|disable-?scroll|has-?overlay|tp-modal-open|sp-message-open|didomi-popup-open|fc-ab-root-open|is-locked|stop-scrolling)$/i;

/**
 * The scroll lock an overlay leaves on <html> or <body> (inline `overflow: hidden`, `position: fixed`, or a
 * lock class), so the content script can release it once the overlay is hidden.
 */
export function findScrollLock(doc: Document): ScrollLock[] {
  const locks: ScrollLock[] = [];
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    const style = (el.getAttribute('style') ?? '').toLowerCase();
    if (/overflow(-y)?\s*:\s*hidden/.test(style)) locks.push({ element: el, cause: 'inline overflow: hidden' });
    else if (/position\s*:\s*fixed/.test(style)) locks.push({ element: el, cause: 'inline position: fixed' });
    else {
      const cls = (el.getAttribute('class') ?? '').split(/\s+/).find((c) => LOCK_CLASS.test(c));
      if (cls) locks.push({ element: el, cause: `class "${cls}"` });
    }
  }
  return locks;
}
