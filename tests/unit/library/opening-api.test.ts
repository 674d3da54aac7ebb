import { describe, expect, it } from 'vitest';
import { openingApi } from '../../../utils/library/first-screen/opening-api';
import type { LibraryApi, LibraryItem, LibraryQuery } from '../../../utils/library/db/types';

const whole: LibraryQuery = { text: '', site: null, tag: null, read: 'all' };
const row = (id: string): LibraryItem => ({
  id,
  url: `https://x.example/${id}`,
  title: id,
  siteName: null,
  savedAt: 1,
  read: false,
  tags: [],
  readingMinutes: 1,
});

/** A database api that is not open yet: `open()` lets it answer. */
function later() {
  let open!: (api: LibraryApi) => void;
  let fail!: (error: unknown) => void;
  const opening = new Promise<LibraryApi>((resolve, reject) => ((open = resolve), (fail = reject)));
  const calls: string[] = [];
  const real = {
    list: async (query: LibraryQuery) => (calls.push(`list ${query.text}`), [row('from-db')]),
    get: async (id: string) => (calls.push(`get ${id}`), undefined),
    setRead: async (id: string, read: boolean) => void calls.push(`setRead ${id} ${read}`),
  } as unknown as LibraryApi;
  return { opening, open: () => open(real), fail, calls };
}

describe('the library api while the database opens', () => {
  it('answers the whole library from the stored first screen at once, without the database', async () => {
    const { opening, calls } = later();
    const api = openingApi(opening, [row('a'), row('b'), row('c')]);
    expect(await api.list(whole, 2)).toEqual([row('a'), row('b')]);
    expect(await api.list({ ...whole, text: '  ' })).toHaveLength(3);
    expect(calls).toEqual([]);
  });

  it('runs a search, a read and a write on the database once it is open, none lost', async () => {
    const { opening, open, calls } = later();
    const api = openingApi(opening, [row('a')]);
    const pending = [
      api.list({ ...whole, text: 'harbour' }),
      api.list({ ...whole, site: 'x.example' }),
      api.get('a'),
      api.setRead('a', true),
    ];
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual([]);
    open();
    const [search] = await Promise.all(pending);
    expect(search).toEqual([row('from-db')]);
    expect(calls).toEqual(['list harbour', 'list ', 'get a', 'setRead a true']);
  });

  it('fails the waiting calls with the database error when it cannot open', async () => {
    const { opening, fail } = later();
    const api = openingApi(opening, [row('a')]);
    const read = api.get('a');
    fail(new DOMException('denied', 'InvalidStateError'));
    await expect(read).rejects.toThrow('denied');
    expect(await api.list(whole)).toEqual([row('a')]);
  });
});
