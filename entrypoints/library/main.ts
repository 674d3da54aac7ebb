import type { LibraryTestHook } from '../../components/library/LibraryApi';
import { libraryView } from '../../components/library/renderLibrary';
import { firstScreenStore } from '../../utils/storage/first-screen-store';
import { loadFirstScreen } from '../../utils/library/first-screen/first-screen';
import { openingApi } from '../../utils/library/first-screen/opening-api';
import './style.css';
import { applyUiLanguage, t } from '../../utils/i18n/t';

// Wiring only: open the database, hand the page its api. A database that cannot open (private window,
// a newer Sift's data) gets a page that says so; the rest of Sift keeps working.
async function main() {
  // The bench (scripts/bench/library-chromium.ts) reads these marks to say where the first render's time goes.
  performance.mark('sift:library-script');
  applyUiLanguage(document, t('lib_title'));
  const container = document.getElementById('root')!;
  // The page's components are imported statically, so library.html preloads them while it parses (measured 60-120 ms
  // sooner to the first row than importing them from here). Then two things start at once: the database (the slow
  // one after a browser start: 120-450 ms to open at 10,000 articles) and the stored copy of the first screen
  // (utils/library/first-screen/first-screen.ts), which React draws, busy, until the database answers.
  const database = import('../../utils/library/db/open-database');
  const fromDb = database.then((m) => m.openDatabase()).catch((error: unknown) => ({ error }));
  let dbDone = false;
  void fromDb.then(() => (dbDone = true));
  const stored = loadFirstScreen(firstScreenStore);
  const draw = libraryView(container);
  const copy = await stored;
  if (copy && !dbDone) {
    const api = fromDb.then((opened) => ('error' in opened ? Promise.reject(opened.error) : opened.api));
    draw({ api: openingApi(api, copy), firstRows: copy, opening: true });
  }
  const opened = await fromDb;
  draw(opened);
  if ('error' in opened) return;
  // Settings → Sync in its own root under the library, loaded once the list is drawn (components/sync).
  const syncRoot = document.getElementById('sync-root');
  if (syncRoot) void import('../../components/sync/mount-sync').then((m) => m.mountSyncSettings(syncRoot, opened.db));
  const { watchFirstScreen, testHook } = await database;
  watchFirstScreen(opened.db, firstScreenStore, copy);
  // Test builds only (WXT_TEST_HOOKS=1): the e2e suite and the bench fill the library through this global; the
  // release has no global that writes to the database (scripts/check-release.ts).
  if (import.meta.env.WXT_TEST_HOOKS === '1')
    (globalThis as { siftLibrary?: LibraryTestHook }).siftLibrary = testHook(opened);
}

void main();
