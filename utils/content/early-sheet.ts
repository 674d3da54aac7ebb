// The early stylesheet (entrypoints/early.content) hides list clutter before the page paints, but a stylesheet
// cannot ask the article guard. This is the guard's check once the page is there: what the sheet hid and must stay
// (the article's container and ancestors, its prose blocks, the site's list exceptions) gets its own display back.
import { holdsProse } from '../clean/filter-list';
import { EARLY_ATTR } from './early-attr';

/** On an element keepShown gave its display back: a later mark (a rule the reader removed) takes it back. */
export const SHOWN_ATTR = 'data-sift-shown';

export function setEarlySheet(doc: Document, on: boolean): void {
  if (on) doc.documentElement.setAttribute(EARLY_ATTR, '');
  else doc.documentElement.removeAttribute(EARLY_ATTR);
}

/** The elements the early sheet must not hide: the article's box and every box above it, its prose, exceptions. */
export function mustStayShown(doc: Document, article: Element | null, exceptions: readonly string[]): Element[] {
  const keep: Element[] = [];
  for (let el = article; el && el !== doc.documentElement; el = el.parentElement) keep.push(el);
  if (article) for (const el of article.getElementsByTagName('*')) if (holdsProse(el)) keep.push(el);
  for (const selector of exceptions) {
    try {
      keep.push(...doc.querySelectorAll(selector));
    } catch {
      // a selector this browser cannot parse excepts nothing
    }
  }
  return keep;
}

/** The display of each element with the early sheet lifted for one style pass (the page's own display). */
export function displayWithoutSheet(doc: Document, elements: readonly Element[]): string[] {
  const view = doc.defaultView!;
  const root = doc.documentElement;
  root.removeAttribute(EARLY_ATTR);
  const displays = elements.map((el) => view.getComputedStyle(el).display);
  root.setAttribute(EARLY_ATTR, '');
  return displays;
}

/**
 * Shows each element the early sheet (and not the page) hides, with the display it has without the sheet, as an
 * inline !important style, which outranks the sheet's rule. Returns how many were shown again.
 */
export function keepShown(doc: Document, elements: readonly Element[]): number {
  const view = doc.defaultView;
  const root = doc.documentElement;
  if (!view || !root.hasAttribute(EARLY_ATTR)) return 0;
  const hidden = [...new Set(elements)].filter((el) => view.getComputedStyle(el).display === 'none');
  if (!hidden.length) return 0;
  // One style pass without the sheet tells the page's own display of each (none: the page hides it itself).
  const own = displayWithoutSheet(doc, hidden);
  let shown = 0;
  hidden.forEach((el, i) => {
    if (own[i] === 'none' || !('style' in el)) return;
    (el as HTMLElement).style.setProperty('display', own[i]!, 'important');
    el.setAttribute(SHOWN_ATTR, '');
    shown++;
  });
  return shown;
}
