// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_ROWS, WHOLE_LIBRARY, type LibraryApi } from '../../../../components/library/LibraryApi';
import { openingApi } from '../../../../utils/library/first-screen/opening-api';
import { LibraryApp } from '../../../../components/library/LibraryApp';
import { LibraryErrorBoundary } from '../../../../components/library/LibraryErrorBoundary';
import { fakeLibraryApi } from './fake-library-api';
import { byText, render } from './render';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function mount(api: Parameters<typeof LibraryApp>[0]['api']) {
  const view = await render(<LibraryApp api={api} />);
  cleanup = view.unmount;
  await view.settle(10);
  return view;
}

describe('library page', () => {
  it('shows loading while the query runs, not an empty library', async () => {
    const { api } = fakeLibraryApi(0, { list: () => new Promise(() => {}) });
    const { container } = await mount(api);
    expect(container.textContent).toContain('Loading your library');
    expect(container.textContent).not.toContain('Nothing saved yet');
  });

  it('says clearly that the library cannot open when IndexedDB refuses', async () => {
    const refused = new DOMException('The user denied permission to access the database.', 'InvalidStateError');
    const { api } = fakeLibraryApi(0, { list: () => Promise.reject(refused), facets: () => Promise.reject(refused) });
    const view = await render(
      <LibraryErrorBoundary>
        <LibraryApp api={api} />
      </LibraryErrorBoundary>,
    );
    cleanup = view.unmount;
    await view.settle(10);
    const alert = view.container.querySelector('[role=alert]')!;
    expect(alert.querySelector('h1')!.textContent).toBe('Sift cannot open your library');
    expect(alert.textContent).toContain('InvalidStateError: The user denied permission');
  });

  it('says so when nothing is saved yet', async () => {
    const { api } = fakeLibraryApi(0);
    const { container } = await mount(api);
    expect(container.textContent).toContain('Nothing saved yet');
  });

  it('renders a window of rows, not all 10,000', async () => {
    const { api } = fakeLibraryApi(10_000);
    const { container } = await mount(api);
    const options = container.querySelectorAll('[role=option]');
    expect(options.length).toBeGreaterThan(0);
    expect(options.length).toBeLessThan(100);
    expect(options[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(container.querySelector('[role=listbox]')!.getAttribute('aria-label')).toBe('Saved articles, 10000');
  });

  it('draws the first screenful before the whole list is read', async () => {
    const { api } = fakeLibraryApi(10_000);
    const slow = {
      ...api,
      list: (query: Parameters<typeof api.list>[0], limit?: number) =>
        limit ? api.list(query, limit) : new Promise<never>(() => {}),
    };
    const { container } = await mount(slow);
    const options = container.querySelectorAll('[role=option]');
    expect(options.length).toBeGreaterThan(0);
    expect(options[0]!.getAttribute('aria-setsize')).toBe('40');
    expect(options[0]!.textContent).toContain('Article 0');
  });

  it('draws the first screenful it was given in its first render, before any query answers', async () => {
    const { api } = fakeLibraryApi(10_000);
    const firstRows = await api.list(WHOLE_LIBRARY, FIRST_ROWS);
    const stalled = { ...api, list: () => new Promise<never>(() => {}) };
    // No settling: what the first commit drew is what a reader sees first.
    const view = await render(<LibraryApp api={stalled} firstRows={firstRows} />);
    cleanup = view.unmount;
    const options = view.container.querySelectorAll('[role=option]');
    expect(options.length).toBeGreaterThan(0);
    expect(options[0]!.textContent).toContain('Article 0');
    expect(view.container.textContent).not.toContain('Loading your library');
  });

  it('draws the stored first screen while the database opens, then the database rows, keeping what was typed', async () => {
    const { api } = fakeLibraryApi(100);
    // The copy is older than the database: the newest article is not in it yet.
    const copy = (await api.list(WHOLE_LIBRARY, FIRST_ROWS)).slice(1);
    let open = (_api: LibraryApi) => {};
    const opening = openingApi(new Promise<LibraryApi>((resolve) => (open = resolve)), copy);
    const view = await render(<LibraryApp api={opening} firstRows={copy} opening />);
    cleanup = view.unmount;
    await view.settle(10);
    const pane = () => view.container.querySelector('.lib-list-pane')!;
    expect(pane().getAttribute('aria-busy')).toBe('true');
    expect(view.container.querySelector('[role=option]')!.textContent).toContain('Article 1');
    const box = view.container.querySelector<HTMLInputElement>('input[type=search]')!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, 'Article 0');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });

    open(api);
    await view.rerender(<LibraryApp api={api} firstRows={await api.list(WHOLE_LIBRARY, FIRST_ROWS)} />);
    await view.settle(300);
    await view.settle(10);
    expect(pane().getAttribute('aria-busy')).toBe('false');
    expect(view.container.querySelector<HTMLInputElement>('input[type=search]')!.value).toBe('Article 0');
    expect([...view.container.querySelectorAll('[role=option]')].map((row) => row.textContent)).toEqual([
      expect.stringContaining('Article 0'),
    ]);
  });

  it('asks for facets and the storage meter only once the first rows are in', async () => {
    const { api } = fakeLibraryApi(10);
    const asked: string[] = [];
    let release = () => {};
    const gated = new Promise<void>((resolve) => (release = resolve));
    const { container, settle } = await mount({
      ...api,
      list: async (query, limit) => (await gated, api.list(query, limit)),
      facets: () => (asked.push('facets'), api.facets()),
      storage: () => (asked.push('storage'), api.storage()),
    });
    expect(container.textContent).toContain('Loading your library');
    expect(asked).toEqual([]);
    release();
    await settle(10);
    expect(container.querySelectorAll('[role=option]').length).toBeGreaterThan(0);
    expect(asked.sort()).toEqual(['facets', 'storage']);
  });

  it('moves through the list with the keyboard and opens with Enter', async () => {
    const { api } = fakeLibraryApi(50);
    const { container, settle } = await mount(api);
    const list = container.querySelector<HTMLElement>('[role=listbox]')!;
    await act(async () => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    await act(async () => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(list.getAttribute('aria-activedescendant')).toBe('lib-row-2');
    await act(async () => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle();
    expect(container.querySelector('article')!.getAttribute('aria-label')).toBe('Reading: Article 2');
  });

  it('searches once typing pauses, not on every key', async () => {
    const { api, calls } = fakeLibraryApi(20);
    const { container, settle } = await mount(api);
    const box = container.querySelector<HTMLInputElement>('input[type=search]')!;
    const before = calls.filter((call) => call.method === 'list').length;
    for (const value of ['A', 'Ar', 'Article 1']) {
      await act(async () => {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setter.call(box, value);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    await settle(300); // the debounce fires inside this act()
    await settle(10); // and the new query runs after it
    const searches = calls.filter((call) => call.method === 'list').slice(before);
    // One search (a first screenful and the whole list), for the settled text only.
    expect(searches.map((call) => [(call.args[0] as { text: string }).text, call.args[1]])).toEqual([
      ['Article 1', 40],
      ['Article 1', undefined],
    ]);
    expect(container.querySelectorAll('[role=option]').length).toBe(11); // "Article 1" and "Article 10".."19"
  });

  it('adds and removes tags and marks the article read', async () => {
    const { api, calls } = fakeLibraryApi(4);
    const { container, settle } = await mount(api);
    await act(async () => byText(container, '[role=option]', 'Article 0').click());
    await settle();
    const field = container.querySelector<HTMLInputElement>('input[aria-label^="Add tags"]')!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, 'Climate, ports');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => byText(container, 'button', 'Add').click());
    await settle();
    await act(async () => container.querySelector<HTMLButtonElement>('button[aria-label="Remove tag three"]')!.click());
    await settle();
    await act(async () => byText(container, 'button', 'Mark read').click());
    await settle();
    expect(calls.filter((call) => call.method !== 'list').map((call) => [call.method, ...call.args])).toEqual([
      ['setTags', 'a0', ['three', 'Climate', 'ports']],
      ['setTags', 'a0', ['Climate', 'ports']],
      ['setRead', 'a0', true],
    ]);
    expect(byText(container, 'button', 'Mark unread').getAttribute('aria-pressed')).toBe('true');
  });

  it('deletes with an Undo that puts the article back', async () => {
    const { api, calls } = fakeLibraryApi(5);
    const { container, settle } = await mount(api);
    await act(async () => byText(container, '[role=option]', 'Article 3').click());
    await settle();
    await act(async () => byText(container, 'button', 'Delete').click());
    await settle();
    expect(container.querySelector('article')).toBeNull();
    expect(container.textContent).toContain('Deleted “Article 3”');
    await act(async () => byText(container, 'button', 'Undo').click());
    await settle();
    expect(calls.filter((call) => call.method !== 'list').map((call) => [call.method, call.args[0]])).toEqual([
      ['remove', 'a3'],
      ['restore', 'a3'],
    ]);
  });

  it('shows a clear message when storage is full, and leaves the article as it was', async () => {
    const full = new DOMException('quota', 'QuotaExceededError');
    const { api } = fakeLibraryApi(3, { setRead: () => Promise.reject(full) });
    const { container, settle } = await mount(api);
    await act(async () => byText(container, '[role=option]', 'Article 1').click());
    await settle();
    await act(async () => byText(container, 'button', 'Mark read').click());
    await settle();
    expect(container.querySelector('[role=alert]')!.textContent).toContain('no room left');
    expect(byText(container, 'button', 'Mark read').getAttribute('aria-pressed')).toBe('false');
  });

  it('reports what an import did, with reasons for refused items', async () => {
    const { api } = fakeLibraryApi(1, {
      importFile: async (_file, options) => {
        options.onProgress?.(2, 3);
        return { imported: 1, merged: 1, refused: [{ item: 'row 3', reason: 'no URL' }] };
      },
    });
    const { container, settle } = await mount(api);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'pocket.csv')] });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    const report = container.querySelector('[aria-label="Import report"]')!.textContent;
    expect(report).toContain('pocket.csv: 1 imported, 1 merged with saved articles, 1 refused');
    expect(report).toContain('row 3: no URL');
  });

  it('says when an import stops because storage is full', async () => {
    const { api } = fakeLibraryApi(1, {
      importFile: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
    });
    const { container, settle } = await mount(api);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'huge.json')] });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    expect(container.querySelector('.lib-report')!.textContent).toContain(
      'Import failed. Your browser has no room left',
    );
  });

  it('cancels a long import and says nothing was changed', async () => {
    const { api } = fakeLibraryApi(1, {
      importFile: (_file, options) =>
        new Promise((_resolve, reject) => {
          options.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    });
    const { container, settle } = await mount(api);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'big.json')] });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(container.querySelector('progress')).not.toBeNull();
    await act(async () => byText(container, 'button', 'Cancel').click());
    await settle();
    expect(container.textContent).toContain('Import cancelled; nothing was changed.');
    expect(container.querySelector('progress')).toBeNull();
  });
});
