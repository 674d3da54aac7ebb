import { createRoot } from 'react-dom/client';
import type { LibraryTestHook } from '../../components/LibraryApi';
import { LibraryApp } from '../../components/LibraryApp';
import { LibraryErrorBoundary } from '../../components/LibraryErrorBoundary';
import { LibraryUnavailable } from '../../components/LibraryUnavailable';
import type { ArticleDraft } from '../../utils/article/types';
import { openLibrary, type LibraryDb } from '../../utils/library/db';
import { fetchImages } from '../../utils/library/fetch-images';
import { createLibraryApi } from '../../utils/library/library-api';
import { saveArticle } from '../../utils/library/save-article';
import { saveArticles } from '../../utils/library/save-articles';
import './style.css';

// Wiring only: open the database, hand the page its api. A database that cannot open (private window,
// a newer Sift's data) gets a page that says so; the rest of Sift keeps working.
async function main() {
  const root = createRoot(document.getElementById('root')!);
  let db: LibraryDb;
  try {
    db = await openLibrary();
  } catch (error) {
    root.render(<LibraryUnavailable error={error} />);
    return;
  }
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
  root.render(
    <LibraryErrorBoundary>
      <LibraryApp api={api} />
    </LibraryErrorBoundary>,
  );
}

void main();
