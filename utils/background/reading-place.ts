// Writes the reading places popups post (utils/messaging/reading-place.ts): the page's own place, and the library
// row's progress when the page is saved, so the library resumes where the popup left off.
import { browser } from 'wxt/browser';
import { openLibrary, type LibraryDb } from '../library/db/db';
import { setProgress } from '../library/write/update-article';
import { isPlaceMessage, PLACE_PORT, type PlaceMessage } from '../messaging/reading-place';
import { savePosition } from '../storage/reading-positions';

export function registerReadingPlace(): void {
  let db: Promise<LibraryDb> | null = null;
  // One write at a time, in order: a later place never loses to an earlier one finishing last.
  let queue = Promise.resolve();
  const write = async (m: PlaceMessage) => {
    await savePosition(m.url, m.progress);
    if (!m.savedId) return;
    db ??= openLibrary();
    await setProgress(await db, m.savedId, m.progress);
  };
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PLACE_PORT) return;
    port.onMessage.addListener((message: unknown) => {
      if (!isPlaceMessage(message)) return;
      queue = queue.then(() => write(message)).catch(() => undefined);
    });
  });
}
