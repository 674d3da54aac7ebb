import {
  getAttr,
  nextElementSibling,
  parentElement,
  queryAll,
  safeCall,
  safeGet,
  tagOf,
  textOf,
} from '../clean/safe-dom';
import { cleanByline, looksLikeByline } from './byline';
import { findTextDate } from './text-date';

export interface VisibleMeta {
  /** A zone-less local date-time ("2026-11-18T14:05:00"); noon when the page gives only the day. */
  published: string | null;
  byline: string | null;
}

// Where a page writes its date and byline for readers only: the lines just after the headline, and elements
// whose class names them ("article-date", "byline", "meta"). Rails and comments carry other stories' dates.
const META_SELECTOR =
  '[class*="date" i], [class*="time" i], [class*="byline" i], [class*="author" i], [class*="meta" i], ' +
  '[class*="publish" i], [itemprop="author"], [rel="author"]';
const META_CLASS =
  /(^|[-_\s])(date|dateline|time|timestamp|published|publish-date|pubdate|byline|author|meta)([-_\s]|$)/i;
const ELSEWHERE = 'aside, nav, footer, [class*="related" i], [class*="comment" i], [class*="recommend" i]';
const AUTHOR = '[itemprop="author"], [rel="author"]';
// Read through the prototypes (safe-dom): a page's <input name="closest"> must not break reading it.
const inElsewhere = (el: Element) => safeCall<Element | null>(el, 'closest', ELSEWHERE) !== null;
const LINE_MAX = 160;
// A date is taken only from a line that is mostly the date (not "On 18 March the company said …" in the text).
const DATE_LINE_MAX = 80;

/** The published date and byline a page shows only as text, in the languages Sift cleans. */
export function visibleMeta(doc: Document, lang?: string | null): VisibleMeta {
  let published: string | null = null;
  let byline: string | null = null;
  for (const line of candidateLines(doc)) {
    if (!published && line.length <= DATE_LINE_MAX) {
      const date = findTextDate(line, lang);
      if (date) published = date.value.includes('T') ? date.value : `${date.value}T12:00:00`;
    }
    if (!byline && looksLikeByline(line)) byline = cleanByline(line, lang);
    if (published && byline) break;
  }
  return { published, byline };
}

function candidateLines(doc: Document): string[] {
  const lines: string[] = [];
  const h1 = queryAll(doc, 'h1')[0];
  // The headline's next siblings, then its parent's, up to three levels: the header block around it.
  for (let node: Element | null = h1 ?? null, depth = 0; node && depth < 3; node = parentElement(node), depth++) {
    let sibling = nextElementSibling(node);
    for (let n = 0; sibling && n < 6; sibling = nextElementSibling(sibling), n++) shortLines(sibling, lines, 0);
  }
  let taken = 0;
  for (const el of queryAll(doc, META_SELECTOR)) {
    if (taken >= 40) break;
    const named = META_CLASS.test(getAttr(el, 'class') ?? '') || safeCall<boolean>(el, 'matches', AUTHOR);
    if (!named || inElsewhere(el)) continue;
    taken++;
    shortLines(el, lines, 1);
  }
  return lines;
}

/** The element's text when short, else (for containers, not paragraphs) its children's, two levels down. */
function shortLines(el: Element, lines: string[], depth: number): void {
  if (inElsewhere(el)) return;
  const text = textOf(el).replace(/\s+/g, ' ').trim();
  if (!text) return;
  if (text.length <= LINE_MAX) {
    lines.push(text);
    return;
  }
  if (depth >= 2 || tagOf(el) === 'p') return;
  for (const child of safeGet<HTMLCollection>(el, 'children')) shortLines(child, lines, depth + 1);
}
