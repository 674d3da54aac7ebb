/**
 * Every element below `root` in document order, by walking child/sibling links. Cheaper than a selector scan
 * on large pages, and it works the same on every DOM (linkedom's getElementsByTagName('*') returns nothing).
 */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el) {
    out.push(el);
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
