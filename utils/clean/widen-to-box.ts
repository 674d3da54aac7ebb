const STOP_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV']);

/** Words in a subtree, counted cheaply (whitespace runs), capped so a big subtree costs little more. */
export function wordCount(el: Element, cap = Infinity): number {
  const text = el.textContent ?? '';
  if (text.length > cap * 12) return cap;
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * From a matched label ("Related Articles", "Download the app") to the box it heads: climb while the
 * label's branch opens its parent (nothing meaningful before it) and the parent stays small.
 * Landmarks (body, main, article, header, footer, nav) are never crossed: a label there labels a part.
 */
export function widenToBox(label: Element, maxWords: number): Element {
  let box = label;
  for (let parent = box.parentElement; parent && !STOP_TAGS.has(parent.tagName); parent = box.parentElement) {
    if (!opensWith(parent, box)) break;
    if (wordCount(parent, maxWords + 1) > maxWords) break;
    box = parent;
  }
  return box;
}

/** True when nothing with text or an image stands before `child` inside `parent`. */
function opensWith(parent: Element, child: Element): boolean {
  for (let node = parent.firstChild; node && node !== child; node = node.nextSibling) {
    if (node.nodeType === 3 && node.textContent?.trim()) return false;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.textContent?.trim() || el.querySelector('img, svg, picture')) return false;
    }
  }
  return true;
}
