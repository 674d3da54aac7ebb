// The library's first-screen copy (utils/library/first-screen.ts), kept twice. In extension storage, where the
// background writes it after a save and the library page after any change it sees; that is the copy to trust. And
// in the library page's own localStorage, written by the page beside it: a synchronous read the page can draw
// from at once (after a browser start a storage.local read took 45-90 ms, localStorage 1-2 ms), corrected by the
// extension-storage copy when that differs (a save from the popup since the page last ran).
import { storage } from '#imports';
import type { FirstScreenStore, StoredFirstScreen } from './library/first-screen';

/** storage.local key (tests read it under this name), and the localStorage key of the page's copy. */
export const FIRST_SCREEN_KEY = 'libraryFirstScreen';

const item = storage.defineItem<StoredFirstScreen | null>(`local:${FIRST_SCREEN_KEY}`, { fallback: null });

export const firstScreenStore: FirstScreenStore = {
  get: () => item.getValue(),
  set: (value) => item.setValue(value),
};

/** The page's copy, or null when there is none or localStorage is unavailable. */
export function readPageCopy(): unknown {
  try {
    return JSON.parse(localStorage.getItem(FIRST_SCREEN_KEY) ?? 'null');
  } catch {
    return null;
  }
}

/** For library pages: writes both copies (a refused localStorage write costs only the head start). */
export const pageFirstScreenStore: FirstScreenStore = {
  get: () => item.getValue(),
  set: async (value) => {
    try {
      localStorage.setItem(FIRST_SCREEN_KEY, JSON.stringify(value));
    } catch {
      // full or unavailable: extension storage still holds the copy
    }
    await item.setValue(value);
  },
};
