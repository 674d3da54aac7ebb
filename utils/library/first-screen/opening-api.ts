import { isFiltered } from '../read/is-filtered';
import type { LibraryApi, LibraryItem } from '../db/types';

/**
 * The library page's api while its database opens: the whole library's first screenful answers from the stored copy
 * (first-screen.ts), and everything else (a search, opening an article, a write) waits for the database and then
 * runs there, so a reader who clicks in those first 100-300 ms loses nothing.
 */
export function openingApi(opening: Promise<LibraryApi>, firstRows: LibraryItem[]): LibraryApi {
  // A database that fails to open is reported by the page itself; the calls made meanwhile just fail.
  opening.catch(() => undefined);
  const later = <K extends keyof LibraryApi>(key: K) =>
    (async (...args: unknown[]) => ((await opening)[key] as (...a: unknown[]) => unknown)(...args)) as LibraryApi[K];
  return {
    list: (query, limit) =>
      !isFiltered(query) ? Promise.resolve(firstRows.slice(0, limit)) : opening.then((api) => api.list(query, limit)),
    facets: later('facets'),
    snippets: later('snippets'),
    thumbs: later('thumbs'),
    get: later('get'),
    setRead: later('setRead'),
    setTags: later('setTags'),
    setProgress: later('setProgress'),
    remove: later('remove'),
    exportAll: later('exportAll'),
    importFile: later('importFile'),
    storage: later('storage'),
    persist: later('persist'),
    highlights: later('highlights'),
    allHighlights: later('allHighlights'),
    addHighlight: later('addHighlight'),
    updateHighlight: later('updateHighlight'),
    removeHighlight: later('removeHighlight'),
  };
}
