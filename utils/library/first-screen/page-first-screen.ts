import { FIRST_SCREEN_KEY, type FirstScreenStore, type StoredFirstScreen } from './first-screen';

// The library page's own copy of the first screen (first-screen.ts), in its localStorage beside the copy in extension
// storage. Only a page can write it (the background has no localStorage), so it can be behind after a save from the
// popup; but it reads synchronously while the page parses (after a browser start a storage.local read took 20-90 ms),
// so the page draws from it first and corrects from the extension-storage copy.

/** The page's copy as stored, or null when there is none or localStorage is unavailable. */
export function readPageCopy(): unknown {
  try {
    return JSON.parse(localStorage.getItem(FIRST_SCREEN_KEY) ?? 'null');
  } catch {
    return null;
  }
}

/** Writes the page's copy and then `shared` (a refused localStorage write costs only the head start). */
export function withPageCopy(shared: FirstScreenStore): FirstScreenStore {
  return {
    get: () => shared.get(),
    set: async (value: StoredFirstScreen) => {
      try {
        localStorage.setItem(FIRST_SCREEN_KEY, JSON.stringify(value));
      } catch {
        // full or unavailable: extension storage still holds the copy
      }
      await shared.set(value);
    },
  };
}
