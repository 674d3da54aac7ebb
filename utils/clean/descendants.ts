import { firstElementChild, nextElementSibling, parentElement } from './safe-dom';

/**
 * Every element below `root` in document order (or only the first limit + 1), by walking child/sibling links.
 * Cheaper than a selector scan on large pages, and the same on every DOM (linkedom's getElementsByTagName('*')
 * returns nothing).
 */
export function descendants(root: Element, limit = Infinity): Element[] {
  const out: Element[] = [];
  // Links read through the prototypes: a form's control named nextElementSibling would otherwise loop forever.
  let el: Element | null = firstElementChild(root);
  while (el) {
    out.push(el);
    // Enough to tell "more than limit" (a size bound) without walking a million elements.
    if (out.length > limit) return out;
    const child = firstElementChild(el);
    if (child) {
      el = child;
      continue;
    }
    while (el && !nextElementSibling(el)) {
      el = parentElement(el);
      if (el === root) return out;
    }
    el = el ? nextElementSibling(el) : null;
  }
  return out;
}
