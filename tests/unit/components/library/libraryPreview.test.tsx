// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryApi } from '../../../../components/library/LibraryApi';
import { LibraryApp } from '../../../../components/library/LibraryApp';
import { drawLibraryPreview } from '../../../../components/library/libraryPreview';
import { libraryView } from '../../../../components/library/renderLibrary';
import { openingApi } from '../../../../utils/library/first-screen/opening-api';
import { fakeLibraryApi } from './fake-library-api';
import { render } from './render';

// The preview (drawn with plain DOM before React loads) must look like the list React then draws in its place, or the
// page visibly jumps: same rows, same text, same classes and roles, same frame around them. And a click on it must
// not be lost.

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
  document.body.replaceChildren();
});

/** What a reader (or a screen reader) gets from a row. */
const rowShape = (row: Element) => ({
  id: row.id,
  role: row.getAttribute('role'),
  className: row.className.trim().split(/\s+/).sort().join(' '),
  dataId: row.getAttribute('data-id'),
  posinset: row.getAttribute('aria-posinset'),
  selected: row.getAttribute('aria-selected'),
  html: row.innerHTML,
});

/** What lays a header out: elements shown, their classes, roles, types and text (a closed menu shows its summary). */
const layoutShape = (node: Element): unknown => {
  const closedMenu = node.tagName === 'DETAILS' && !node.hasAttribute('open');
  const shown = [...node.children].filter((child) => !child.hasAttribute('hidden') && (!closedMenu || child.tagName === 'SUMMARY'));
  return {
    tag: node.tagName,
    ...Object.fromEntries(['class', 'role', 'type', 'placeholder', 'aria-label'].map((name) => [name, node.getAttribute(name)])),
    text: [...node.childNodes].filter((child) => child.nodeType === 3).map((child) => child.textContent).join('').trim(),
    children: shown.map(layoutShape),
  };
};

describe('library preview', () => {
  it('draws the same rows, frame and search box as the React list it stands in for', async () => {
    const { api, items } = fakeLibraryApi(12);
    const rows = items.slice(0, 12).reverse();
    rows[3] = { ...rows[3]!, read: true, title: '', tags: ['a', 'b'] };
    rows[5] = { ...rows[5]!, siteName: null, url: 'https://host.example/x' };

    const preview = document.createElement('div');
    drawLibraryPreview(preview, rows);
    // As React first draws: sites, tags and the storage figures not in yet.
    const pending = () => new Promise<never>(() => {});
    const view = await render(<LibraryApp api={{ ...api, list: async () => rows, facets: pending, storage: pending }} firstRows={rows} />);
    cleanup = view.unmount;

    const previewRows = [...preview.querySelectorAll('[role=option]')];
    const reactRows = [...view.container.querySelectorAll('[role=option]')];
    expect(previewRows).toHaveLength(12);
    expect(previewRows.map(rowShape)).toEqual(reactRows.map(rowShape));
    expect(preview.querySelector('.lib-row-title')!.textContent).toBe(`● ${rows[0]!.title}`);
    // The header and footer as React first draws them (no sites, tags or storage figures yet), so nothing reflows.
    for (const part of ['.lib-header', '.lib-footer']) {
      expect(layoutShape(preview.querySelector(part)!), part).toEqual(layoutShape(view.container.querySelector(part)!));
    }
    for (const selector of ['.lib > .lib-header + .lib-main > .lib-list-pane > .lib-list[role=listbox]', '.lib-main + .lib-footer']) {
      expect(preview.querySelector(selector), selector).not.toBeNull();
      expect(view.container.querySelector(selector), selector).not.toBeNull();
    }
  });

  it('is busy, and its header inert: it takes no typing or choice that React would then drop', () => {
    const { items } = fakeLibraryApi(3);
    const container = document.createElement('div');
    drawLibraryPreview(container, items);
    expect(container.querySelector('.lib-list-pane')!.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('.lib-header')!.hasAttribute('inert')).toBe(true);
  });

  it('keeps a row clicked before React took over, and React opens that article', async () => {
    const { api, items } = fakeLibraryApi(5);
    const rows = items.slice().reverse();
    const container = document.createElement('div');
    document.body.append(container);
    drawLibraryPreview(container, rows);
    const clicked = container.querySelector<HTMLElement>('[data-id=a2]')!;
    clicked.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicked.classList.contains('is-active')).toBe(true);

    // React first draws while the database is still opening, as main.ts does with the stored copy.
    let open = (_api: LibraryApi) => {};
    const opening = openingApi(new Promise<LibraryApi>((resolve) => (open = resolve)), rows);
    let draw: ReturnType<typeof libraryView>;
    await act(async () => {
      draw = libraryView(container);
      draw({ api: opening, firstRows: rows, opening: true });
    });
    expect(container.querySelector('article')).toBeNull();
    expect(container.querySelector('.lib-row.is-active')!.getAttribute('data-id')).toBe('a2');
    await act(async () => {
      open(api);
      draw({ api, firstRows: rows });
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(container.querySelector('article')!.getAttribute('aria-label')).toBe('Reading: Article 2');
    // Taken once: drawing again opens nothing new.
    expect(container.hasAttribute('data-preview-clicked')).toBe(false);
    cleanup = async () => {
      await act(async () => draw({ error: new Error('unmounted') }));
      container.remove();
    };
  });

  it('puts titles in as text, never as markup', () => {
    const { items } = fakeLibraryApi(1);
    const container = document.createElement('div');
    drawLibraryPreview(container, [{ ...items[0]!, title: '<img src=x onerror=alert(1)>', tags: ['<b>t</b>'] }]);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('.lib-row-title')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
