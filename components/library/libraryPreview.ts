import type { LibraryItem } from './LibraryApi';
import { ROW_HEIGHT, rowClasses, rowMeta, rowTitle } from './libraryRow';
import { t } from '../../utils/i18n/t';

// The library's first screen drawn from the page's copy of it (utils/library/page-first-screen.ts) with plain DOM, by
// a small classic script that runs while the page parses: after a browser start React, which has to load the page's
// 385 kB of modules first, drew about 55 ms later in the bench. React then takes the page over (its first render
// replaces the container's children). Text goes in as
// text, never as HTML. The markup follows LibraryApp's and LibraryList's (tests/unit/components/library/libraryPreview.test.tsx
// compares them).

/** Attribute on the container naming the row a reader clicked before React took over; React's first draw opens it. */
const CLICKED = 'data-preview-clicked';

export function drawLibraryPreview(container: HTMLElement, rows: LibraryItem[]): void {
  // React's header and footer as it first draws them (no sites, tags or storage figures yet), so nothing moves when
  // React replaces them; the header is inert, so nothing typed or chosen in it is lost then.
  const header = el('header', { class: 'lib-header', inert: '' },
    el('h1', {}, t('lib_title')),
    el('div', { class: 'lib-filters', role: 'search' },
      el('input', { type: 'search', class: 'lib-search', placeholder: t('lib_search_placeholder'),
        'aria-label': t('lib_search_label') }),
      labelled(t('lib_site'), 'lib-facet', [t('lib_all_sites')]),
      labelled(t('lib_tag'), 'lib-facet', [t('lib_all_tags')]),
      labelled(t('lib_show'), null, [t('lib_all'), t('lib_unread'), t('lib_read')])),
    el('div', { class: 'lib-transfer' },
      el('details', { class: 'lib-menu' }, el('summary', {}, t('lib_export'))),
      el('button', { type: 'button' }, t('lib_import_button'))));
  const footer = el('footer', { class: 'lib-footer' }, el('span', { class: 'lib-storage' }, t('storage_unknown')));
  const list = el('div', { class: 'lib-list', role: 'listbox', 'aria-label': t('list_label', rows.length), style: 'overflow-y: auto' },
    ...rows.map((item, index) => el('div', { style: `height: ${ROW_HEIGHT}px` }, row(item, index, rows.length))));
  const pane = el('section', { class: 'lib-list-pane', 'aria-label': t('list_pane'), 'aria-busy': 'true' }, list);
  container.replaceChildren(el('div', { class: 'lib' }, header, el('main', { class: 'lib-main' }, pane), footer));
  // A click is kept for React to act on (an article opening a moment later), never dropped: the row shows it at once.
  list.addEventListener('click', (event) => {
    const clicked = (event.target as Element).closest<HTMLElement>('[role=option]');
    if (!clicked?.dataset.id) return;
    for (const other of list.querySelectorAll('.is-active')) other.classList.remove('is-active');
    clicked.classList.add('is-active');
    container.setAttribute(CLICKED, clicked.dataset.id);
  });
}

/** The id of the row clicked in the preview, if any, forgotten once read. */
export function takePreviewClick(container: HTMLElement): string | null {
  const id = container.getAttribute(CLICKED);
  container.removeAttribute(CLICKED);
  return id;
}

function labelled(label: string, className: string | null, options: string[]): HTMLElement {
  const select = el('select', className ? { class: className } : {}, ...options.map((option) => el('option', {}, option)));
  return el('label', {}, `${label} `, select);
}

function row(item: LibraryItem, index: number, count: number): HTMLElement {
  const title = el('span', { class: 'lib-row-title' });
  if (!item.read) title.append(el('span', { class: 'lib-unread', 'aria-label': t('row_unread') }, '● '));
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
