// The library page's database side, imported by main.ts once its script runs, so the page's first script (what it
// needs to draw its stored first screen) is that much smaller.
import { WHOLE_LIBRARY, type LibraryTestHook, type OpenedLibrary } from '../../../components/library/LibraryApi';
import type { ArticleDraft } from '../../article/types';
import { openLibrary, type LibraryDb } from './db';
import { fetchImages } from '../write/fetch-images';
import { FIRST_ROWS } from '../first-screen/first-screen';
import { createLibraryApi } from '../api';
import { saveArticle } from '../write/save-article';
import { saveArticles } from '../write/save-articles';
import { addSiteRules, allSiteRules } from '../../storage/site-rules';
import { mergeSiteRules, type SiteRulesStore } from '../transfer/site-rules-transfer';

export type OpenedDatabase = OpenedLibrary & { db: LibraryDb };

/** Opens the library and reads its first screenful, so the page draws with rows rather than "Loading" first. */
export async function openDatabase(): Promise<OpenedDatabase> {
  const db = await openLibrary();
  performance.mark('sift:library-db-open');
  // Only saving and importing sanitise; the sanitiser's DOM loads then, not before the list draws.
  const api = createLibraryApi(db, { storage: navigator.storage, loadSanitize, siteRules });
  const firstRows = await api.list(WHOLE_LIBRARY, FIRST_ROWS).catch(() => undefined);
  performance.mark('sift:library-db-rows');
  return { api, firstRows, db };
}

// The picker's site rules travel with the library's Sift JSON.
const siteRules: SiteRulesStore = {
  read: allSiteRules,
  merge: (rules) => addSiteRules(rules, mergeSiteRules),
};

// The page's own DOM parses: no DOM library in any bundle (issue 11).
const loadSanitize = async () => {
  const { sanitizeHtml } = await import('../../article/sanitize-html');
  const parser = new DOMParser();
  return (html: string) => sanitizeHtml(html, parser);
};

/** Tests and the bench drive real storage from the extension's own origin; no web page can reach this. */
export function testHook({ api, db }: OpenedDatabase): LibraryTestHook {
  return {
    api,
    save: async (draft: ArticleDraft, images?: Record<string, Blob>) => {
      const blobs = images ? new Map(Object.entries(images)) : await fetchImages(draft.images);
      return saveArticle(db, draft, { images: blobs, sanitize: await loadSanitize() });
    },
    saveMany: async (drafts: ArticleDraft[]) => {
      await saveArticles(db, drafts, { sanitize: await loadSanitize() });
    },
  };
}

export { watchFirstScreen } from '../first-screen/first-screen';
