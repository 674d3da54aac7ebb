import type { LibraryTestHook } from '../../components/LibraryApi';
import { drawLibraryPreview } from '../../components/libraryPreview';
import { firstScreenStore, pageFirstScreenStore, readPageCopy } from '../../utils/first-screen-store';
import { parseFirstScreen } from '../../utils/library/first-screen';
import { openingApi } from '../../utils/library/opening-api';
import './style.css';

// Wiring only. This script is kept to a few KB so it runs early. It draws the page's own copy of the stored first
// screen (utils/library/first-screen.ts) at once with plain DOM, then starts the database's open (the slow one after
// a browser start: 250-450 ms at 10,000 articles), React with the page's components (90 ms or more to load) and the
// read of the copy to trust (the preview is redrawn if that differs). React then takes the page over, from the copy
// until the database answers. A database that cannot open (private window, a newer Sift's data) gets a page that
// says so.
async function main() {
  // The bench (scripts/bench/library-chromium.ts) reads the page's marks to say where the first render's time goes.
  performance.mark('sift:library-script');
  const container = document.getElementById('root')!;
  // Drawn before the rest starts: starting it first (the imports' preloads, the storage call) cost the preview
  // 16-23 ms after a browser start.
  const quick = parseFirstScreen(readPageCopy());
  if (quick) preview(container, quick);
  const stored = firstScreenStore.get().then(parseFirstScreen, () => null);
  const database = import('./open-database');
  const openedDatabase = database.then((m) => m.openDatabase()).catch((error: unknown) => ({ error }));
  const view = import('../../components/renderLibrary');
  let dbDone = false;
  let reactDone = false;
  void openedDatabase.then(() => (dbDone = true));
  void view.then(() => (reactDone = true), () => undefined);

  const copy = await stored;
  if (copy && !reactDone && !dbDone && JSON.stringify(copy) !== JSON.stringify(quick)) preview(container, copy);
  const draw = (await view).libraryView(container);
  performance.mark('sift:library-app');
  if (copy && !dbDone) {
    const api = openedDatabase.then((opened) => ('error' in opened ? Promise.reject(opened.error) : opened.api));
    draw({ api: openingApi(api, copy), firstRows: copy, opening: true });
  }
  const opened = await openedDatabase;
  draw(opened);
  if ('error' in opened) return;
  const { watchFirstScreen, testHook } = await database;
  // Compared with the page's own copy, so the watch writes both copies when that one is missing or behind.
  watchFirstScreen(opened.db, pageFirstScreenStore, quick);
  (globalThis as { siftLibrary?: LibraryTestHook }).siftLibrary = testHook(opened);
}

function preview(container: HTMLElement, rows: Parameters<typeof drawLibraryPreview>[1]) {
  drawLibraryPreview(container, rows);
  performance.mark('sift:library-preview');
}

void main();
