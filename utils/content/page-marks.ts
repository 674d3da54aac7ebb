import { findScrollLock } from '../clean';

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
 * Lifts the scroll lock an overlay leaves on <html>/<body> (found by utils/clean findScrollLock: inline overflow or
 * position, or a lock class), but only when Sift hid a fixed-position element: a page's own open menu may lock
 * scrolling on purpose. What is lifted follows the computed style, whatever set it.
 */
export function repairScrollLock(doc: Document): boolean {
  const view = doc.defaultView;
  const locks = findScrollLock(doc);
  if (!view || !locks.length) return false;
  const hidOverlay = [...doc.querySelectorAll(`[${HIDDEN_ATTR}]`)].some((el) => {
    const position = view.getComputedStyle(el).position;
    return position === 'fixed' || position === 'sticky';
  });
  if (!hidOverlay) return false;
  let repaired = false;
  for (const { element } of locks) {
    const style = view.getComputedStyle(element);
    const lifted = [
      style.overflowY === 'hidden' || style.overflowY === 'clip' ? 'overflow' : '',
      element === doc.body && style.position === 'fixed' ? 'position' : '',
    ].filter(Boolean);
    if (!lifted.length) continue;
    element.setAttribute(UNLOCKED_ATTR, lifted.join(' '));
    repaired = true;
  }
  return repaired;
}
