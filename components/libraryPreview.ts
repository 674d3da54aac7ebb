import type { LibraryItem } from './LibraryApi';
import { ROW_HEIGHT, rowClasses, rowMeta, rowTitle } from './libraryRow';

// The library's first screen drawn from its stored copy (utils/library/first-screen.ts) with plain DOM, before React
// and the page's components have loaded: after a browser start they take 90 ms or more to load, the copy a few ms.
// Static and busy: the search box is disabled (nothing typed is lost) and rows do nothing until React replaces it
// all (createRoot clears the container). Text goes in as text, never as HTML. Its markup follows LibraryApp's and
// LibraryList's (tests/unit/library-ui/libraryPreview.test.tsx compares them).

export function drawLibraryPreview(container: HTMLElement, rows: LibraryItem[]): void {
  const search = el('input', { type: 'search', class: 'lib-search', disabled: '', placeholder: 'Search title, text, figures…',
    'aria-label': 'Search saved articles by title, text or figure' });
  const header = el('header', { class: 'lib-header' }, el('h1', {}, 'Sift library'), el('div', { class: 'lib-filters', role: 'search' }, search));
  const list = el('div', { class: 'lib-list', role: 'listbox', 'aria-label': `Saved articles, ${rows.length}`, style: 'overflow-y: auto' },
    ...rows.map((item, index) => el('div', { style: `height: ${ROW_HEIGHT}px` }, row(item, index, rows.length))));
  const pane = el('section', { class: 'lib-list-pane', 'aria-label': 'Saved articles', 'aria-busy': 'true' }, list);
  container.replaceChildren(el('div', { class: 'lib' }, header, el('main', { class: 'lib-main' }, pane)));
}

function row(item: LibraryItem, index: number, count: number): HTMLElement {
  const title = el('span', { class: 'lib-row-title' });
  if (!item.read) title.append(el('span', { class: 'lib-unread', 'aria-label': 'unread' }, '● '));
  title.append(rowTitle(item));
  const meta = el('span', { class: 'lib-row-meta' }, rowMeta(item));
  if (item.tags.length > 0) meta.append(el('span', { class: 'lib-row-tags' }, ` · ${item.tags.join(', ')}`));
  return el('div', {
    id: `lib-row-${index}`, role: 'option', 'aria-selected': 'false', 'aria-setsize': String(count),
    'aria-posinset': String(index + 1), class: rowClasses(item, index === 0, false), 'data-id': item.id,
  }, title, meta);
}

function el(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
