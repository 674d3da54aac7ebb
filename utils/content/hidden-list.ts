// What Sift hid on this page, for the popup's list: the blocks the clean script marked (by rule) and the blocks the
// early stylesheet hid (found by lifting it once), outermost only. Runs in the page-tools script, on demand.
import { defaultRules } from '../clean/rules';
import type { HiddenItem, HiddenWhy } from '../messaging/page-tools-global';
import { EARLY_ATTR } from './early-attr';
import { displayWithoutSheet, keepShown } from './early-sheet';
import { HIDDEN_ATTR } from './page-marks';

const kindOf = (rule: string): HiddenWhy =>
  rule === 'picked'
    ? 'picked'
    : rule.startsWith('filter-list')
      ? 'lists'
      : (defaultRules.find((r) => r.name === rule)?.kind ?? 'ad');

function outermost(els: Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

function describe(el: Element): string {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text) return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  const alt = el.querySelector('img[alt]')?.getAttribute('alt')?.trim();
  return alt || `<${el.localName}>`;
}

/** The hidden blocks in document order (their index is what showHidden takes). */
export function hiddenBlocks(doc: Document): { el: Element; why: HiddenWhy }[] {
  const marked = [...doc.querySelectorAll(`[${HIDDEN_ATTR}]`)];
  const found: { el: Element; why: HiddenWhy }[] = marked.map((el) => ({
    el,
    why: kindOf(el.getAttribute(HIDDEN_ATTR) ?? ''),
  }));
  const root = doc.documentElement;
  const view = doc.defaultView;
  if (view && root.hasAttribute(EARLY_ATTR)) {
    const none = [...doc.body.getElementsByTagName('*')].filter((el) => view.getComputedStyle(el).display === 'none');
    const own = displayWithoutSheet(doc, none);
    const bySheet = none.filter((_, i) => own[i] !== 'none');
    found.push(...bySheet.filter((el) => !el.hasAttribute(HIDDEN_ATTR)).map((el) => ({ el, why: 'lists' as const })));
  }
  const keep = new Set(outermost(found.map((f) => f.el)));
  return found
    .filter((f) => keep.has(f.el))
    .sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

export function hiddenList(doc: Document): HiddenItem[] {
  return hiddenBlocks(doc).map(({ el, why }) => ({ why, text: describe(el) }));
}

/** Shows one hidden block again; returns it (the caller keeps it shown on the site), or null if gone. */
export function showHidden(doc: Document, index: number): Element | null {
  const block = hiddenBlocks(doc)[index];
  if (!block) return null;
  block.el.removeAttribute(HIDDEN_ATTR);
  keepShown(doc, [block.el]);
  return block.el;
}
