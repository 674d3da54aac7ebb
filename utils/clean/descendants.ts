/**
 * Every element below `root` in document order (or only the first limit + 1), by walking child/sibling links.
 * Cheaper than a selector scan on large pages, and the same on every DOM (linkedom's getElementsByTagName('*')
 * returns nothing).
 */
export function descendants(root: Element, limit = Infinity): Element[] {
  const out: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el) {
    out.push(el);
    // Enough to tell "more than limit" (a size bound) without walking a million elements.
    if (out.length > limit) return out;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      if (el === root) return out;
    }
    el = el ? el.nextElementSibling : null;
  }
  return out;
}
