import type { LibraryDb } from './db';
import { exportLibrary } from './export-library';
import { facets } from './facets';
import { getArticle } from './get-article';
import { importLibrary } from './import-library';
import { listArticles } from './list-articles';
import { readImportFile } from './read-import-file';
import { removeArticle, restoreArticle } from './remove-article';
import { persistStorage, storageState } from './storage-state';
import { toDraft, toItem } from './to-draft';
import type { LibraryApi } from './types';
import { setProgress, setRead, setTags } from './update-article';

export interface LibraryApiOptions {
  /** navigator.storage in a page; undefined in Node. */
  storage?: StorageManager;
  /**
   * Gives the sanitiser for imported html (Sift JSON carries html that was sanitised by whoever wrote the file,
   * maybe not us). Asked for only when an import runs: in the page its DOM (linkedom) is most of the script, and
   * the list should not wait to parse it.
   */
  loadSanitize: () => Promise<(html: string) => string>;
}

/** The library page's api over an open database: the thin adapter from utils/library to the page. */
export function createLibraryApi(db: LibraryDb, options: LibraryApiOptions): LibraryApi {
  return {
    list: async (query, limit) => (await listArticles(db, query, { limit })).map(toItem),
    facets: () => facets(db),
    get: async (id) => {
      const found = await getArticle(db, id);
      if (!found) return undefined;
      const { row, body, images } = found;
      return { ...toItem(row), draft: toDraft(row, body), progress: row.progress, images: Object.fromEntries(images) };
    },
    setRead: (id, read) => setRead(db, id, read),
    setTags: (id, tags) => setTags(db, id, tags),
    setProgress: (id, progress) => setProgress(db, id, progress),
    remove: async (id) => {
      const removed = await removeArticle(db, id);
      return async () => {
        if (removed) await restoreArticle(db, removed);
      };
    },
    exportAll: (format, transfer) => exportLibrary(db, format, transfer),
    importFile: async (file, transfer) => {
      const [text, sanitize] = await Promise.all([readImportFile(file), options.loadSanitize()]);
      return importLibrary(db, text, { ...transfer, sanitize });
    },
    storage: () => storageState(options.storage),
    persist: () => persistStorage(options.storage),
  };
}
