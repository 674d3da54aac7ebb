import { FIRST_ROWS, WHOLE_LIBRARY, type LibraryTestHook } from '../../components/LibraryApi';
import type { ArticleDraft } from '../../utils/article/types';
import { openLibrary } from '../../utils/library/db';
import { fetchImages } from '../../utils/library/fetch-images';
import { createLibraryApi } from '../../utils/library/library-api';
import { saveArticle } from '../../utils/library/save-article';
import { saveArticles } from '../../utils/library/save-articles';
import './style.css';

// Wiring only: open the database, hand the page its api. A database that cannot open (private window,
// a newer Sift's data) gets a page that says so; the rest of Sift keeps working.
async function main() {
  // The bench (scripts/bench/library-chromium.ts) reads these marks to say where the first render's time goes.
  performance.mark('sift:library-script');
  // React and the page's components (most of its script) load while the database opens, not after.
  const [{ renderLibrary }, opened] = await Promise.all([
    import('../../components/renderLibrary'),
    openLibrary().then(
      (db) => (performance.mark('sift:library-db-open'), { db }),
      (error: unknown) => ({ error }),
    ),
  ]);
  const container = document.getElementById('root')!;
  if ('error' in opened) {
    renderLibrary(container, opened);
    return;
  }
  const { db } = opened;
  // Only saving and importing sanitise; the sanitiser's DOM loads then, not before the list draws.
  const loadSanitize = async () => (await import('../../utils/sanitize-html')).sanitizeHtml;
  const api = createLibraryApi(db, { storage: navigator.storage, loadSanitize });
  // Tests and the bench drive real storage from the extension's own origin; no web page can reach this.
  const hook: LibraryTestHook = {
    api,
    save: async (draft: ArticleDraft, images?: Record<string, Blob>) => {
      const blobs = images ? new Map(Object.entries(images)) : await fetchImages(draft.images);
      return saveArticle(db, draft, { images: blobs, sanitize: await loadSanitize() });
    },
    saveMany: async (drafts: ArticleDraft[]) => {
      await saveArticles(db, drafts, { sanitize: await loadSanitize() });
    },
  };
  (globalThis as { siftLibrary?: LibraryTestHook }).siftLibrary = hook;
  // The first screenful is read before the page draws, so it draws with rows rather than drawing "Loading",
  // then asking from an effect (after a paint), then drawing again.
  const firstRows = await api.list(WHOLE_LIBRARY, FIRST_ROWS).catch(() => undefined);
  renderLibrary(container, { api, firstRows });
}

void main();
