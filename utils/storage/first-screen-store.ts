// The library's first-screen copy (utils/library/first-screen/first-screen.ts) in extension storage: the background writes it
// after a save, the library page after any change it sees, and the page reads it before its database opens.
import { storage } from 'wxt/utils/storage';
import { FIRST_SCREEN_KEY, type FirstScreenStore, type StoredFirstScreen } from '../library/first-screen/first-screen';

const item = storage.defineItem<StoredFirstScreen | null>(`local:${FIRST_SCREEN_KEY}`, { fallback: null });

export const firstScreenStore: FirstScreenStore = {
  get: () => item.getValue(),
  set: (value) => item.setValue(value),
};
