// Marks on the live page: Sift hides by attribute + stylesheet and never deletes a node, so undo is one attribute.

export const HIDDEN_ATTR = 'data-sift-hidden';
/** On <html>/<body> when Sift lifted the scroll lock an overlay left behind; the value lists what was lifted. */
export const UNLOCKED_ATTR = 'data-sift-unlocked';
/** On <html>: main-thread ms of the last cleaning pass, for tests and the bench (also a `sift:clean` measure). */
export const TIMING_ATTR = 'data-sift-ms';

/** Marks each found element with its rule; returns how many were newly marked. */
export function markHidden(found: readonly { element: Element; rule: string }[]): number {
  let marked = 0;
  for (const { element, rule } of found) {
    if (element.hasAttribute(HIDDEN_ATTR)) continue;
    element.setAttribute(HIDDEN_ATTR, rule);
    // Shown again earlier by an inline display (early-sheet.ts keepShown), which would outrank the mark.
    if (element.hasAttribute('data-sift-shown')) {
      (element as HTMLElement).style?.removeProperty('display');
      element.removeAttribute('data-sift-shown');
    }
    marked++;
  }
  return marked;
}

export function countHidden(doc: Document): number {
  return doc.querySelectorAll(`[${HIDDEN_ATTR}]`).length;
}

/** Removes every mark Sift set (undo); returns how many elements were shown again. */
export function unmarkAll(doc: Document): number {
  const hidden = doc.querySelectorAll(`[${HIDDEN_ATTR}]`);
  for (const el of hidden) el.removeAttribute(HIDDEN_ATTR);
  for (const el of doc.querySelectorAll(`[${UNLOCKED_ATTR}]`)) el.removeAttribute(UNLOCKED_ATTR);
  return hidden.length;
}

/**
 * Lifts the scroll lock an overlay leaves on <html>/<body>, from whatever source it comes (inline style, a lock
 * class, the site's stylesheet): computed `overflow: hidden`, a fixed <body> (its negative `top` is the reader's
 * scroll position, restored), `touch-action: none`. Only when Sift hid a fixed-position element: a page's own open
 * menu may lock scrolling on purpose. findScrollLock names the inline and class locks for reports and tests.
 */
export function repairScrollLock(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  const locks: { element: Element; lifted: string; top: number }[] = [];
  for (const element of [doc.documentElement, doc.body]) {
    if (!element || element.hasAttribute(UNLOCKED_ATTR)) continue;
    const style = view.getComputedStyle(element);
    const fixedBody = element === doc.body && style.position === 'fixed';
    const lifted = [
      style.overflowY === 'hidden' || style.overflowY === 'clip' ? 'overflow' : '',
      fixedBody ? 'position' : '',
      style.touchAction === 'none' ? 'touch' : '',
    ].filter(Boolean);
    // Scroll-lock libraries pin the body at `top: -<scrollY>px`; unpinned, the reader goes back to that place.
    if (lifted.length) locks.push({ element, lifted: lifted.join(' '), top: fixedBody ? parseFloat(style.top) : 0 });
  }
  if (!locks.length) return false;
  const hidOverlay = [...doc.querySelectorAll(`[${HIDDEN_ATTR}]`)].some((el) => {
    const position = view.getComputedStyle(el).position;
    return position === 'fixed' || position === 'sticky';
  });
  if (!hidOverlay) return false;
  for (const { element, lifted, top } of locks) {
    element.setAttribute(UNLOCKED_ATTR, lifted);
    if (top < 0) view.scrollTo(view.scrollX, -top);
  }
  return true;
}
