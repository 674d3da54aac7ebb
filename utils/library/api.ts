import type { LibraryDb } from './db/db';
import { exportLibrary } from './transfer/export-library';
import { facets } from './read/facets';
import { getArticle } from './read/get-article';
import { importLibrary } from './transfer/import-library';
import { isFiltered } from './read/is-filtered';
import { listArticles, matchingIds, type ArticleQuery } from './read/list-articles';
import { readImportFile } from './transfer/read-import-file';
import type { SiteRulesStore } from './transfer/site-rules-transfer';
import { readSnippets } from './read/snippets';
import { readThumbs } from './read/thumbs';
import { removeArticle, restoreArticle } from './write/remove-article';
import { createRowCache, type RowCache } from './read/row-cache';
import { persistStorage, storageState } from './db/storage-state';
import { toDraft, toItem } from './write/to-draft';
import type { ArticleRow, LibraryApi } from './db/types';
import { setProgress, setRead, setTags } from './write/update-article';
import * as highlights from '../highlights/store';

export interface LibraryApiOptions {
  /** navigator.storage in a page; undefined in Node. */
  storage?: StorageManager;
  /**
   * Gives the sanitiser for imported html (Sift JSON carries html that was sanitised by whoever wrote the file,
   * maybe not us). Asked for only when an import runs: in the page its DOM (linkedom) is most of the script, and
   * the list should not wait to parse it.
   */
  loadSanitize: () => Promise<(html: string) => string>;
  /** The reader's site rules, exported and imported with Sift JSON (absent: files carry none). */
  siteRules?: SiteRulesStore;
}

/** The library page's api over an open database: the thin adapter from utils/library to the page. */
export function createLibraryApi(db: LibraryDb, options: LibraryApiOptions): LibraryApi {
  const cache = createRowCache(db);
  return {
    list: async (query, limit) => (await listRows(db, cache, query, limit)).map(toItem),
    facets: () => facets(db),
    snippets: (ids, text) => readSnippets(db, ids, text),
    thumbs: (ids) => readThumbs(db, ids),
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
    exportAll: async (format, transfer) =>
      exportLibrary(db, format, {
        ...transfer,
        ...(format === 'sift-json' && options.siteRules ? { siteRules: await options.siteRules.read() } : {}),
      }),
    importFile: async (file, transfer) => {
      const [text, sanitize] = await Promise.all([readImportFile(file), options.loadSanitize()]);
      return importLibrary(db, text, { ...transfer, sanitize, siteRules: options.siteRules });
    },
    storage: () => storageState(options.storage),
    persist: () => persistStorage(options.storage),
    // A saved page always has words; an imported link has none until it is fetched (utils/background/fetch/).
    links: () =>
      db.articles
        .orderBy('savedAt')
        .filter((row) => row.words === 0)
        .primaryKeys(),
    highlights: (articleId) => highlights.articleHighlights(db, articleId),
    allHighlights: (text) => highlights.listHighlights(db, text),
    addHighlight: (articleId, input) => highlights.addHighlight(db, articleId, input),
    updateHighlight: (id, patch) => highlights.updateHighlight(db, id, patch),
    removeHighlight: (id) => highlights.removeHighlight(db, id),
  };
}

/**
 * The whole list fills the row cache (it reads every row anyway); a filtered list filters the cache when it is
 * current, and otherwise reads its matches from the database and warms the cache for the next keystroke.
 */
async function listRows(db: LibraryDb, cache: RowCache, query: ArticleQuery, limit = Infinity): Promise<ArticleRow[]> {
  if (!isFiltered(query)) return Number.isFinite(limit) ? listArticles(db, query, { limit }) : cache.rows();
  const held = cache.held();
  if (!held) return listArticles(db, query, { limit });
  const [ids, rows] = await Promise.all([matchingIds(db, query), held]);
  if (!rows || !ids) return listArticles(db, query, { limit });
  const matched: ArticleRow[] = [];
  for (const row of rows) {
    if (!ids.has(row.id)) continue;
    matched.push(row);
    if (matched.length >= limit) break;
  }
  return matched;
}
