import type { ArticleDraft } from '../../utils/article/types';

// The thin seam between the library page's components and utils/library: main.tsx builds one from the
// database, unit tests pass an in-memory one. Every read is written so useLiveQuery can watch it.

// The page's seam is defined once, beside the database that implements it (utils/library/library-api.ts).
export type {
  ExportFormat,
  ImportReport,
  LibraryApi,
  LibraryArticle,
  LibraryItem,
  LibraryQuery,
  LibraryStorageState as StorageState,
  ReadFilter,
  SnippetPart,
  TransferOptions,
} from '../../utils/library/db/types';
import type { LibraryApi, LibraryItem, LibraryQuery } from '../../utils/library/db/types';

/** The query the page opens with: everything, newest first. */
export const WHOLE_LIBRARY: LibraryQuery = { text: '', site: null, tag: null, read: 'all' };
export { FIRST_ROWS } from '../../utils/library/first-screen/first-screen';

/** What the page is drawn with: its api and, when it was read before drawing, the first screenful. */
export interface OpenedLibrary {
  api: LibraryApi;
  firstRows?: LibraryItem[];
  /** The database is still opening: `firstRows` are the stored copy of the first screen, `api` waits for it. */
  opening?: boolean;
}

/**
 * What the library page puts on `globalThis.siftLibrary` for the e2e tests and the bench: the same api the page
 * uses, plus saving through the library code, so they exercise real storage from the extension's own origin.
 */
export interface LibraryTestHook {
  api: LibraryApi;
  /** `images`, when given, are stored as they are instead of being fetched (tests serve them from Node). */
  save(draft: ArticleDraft, images?: Record<string, Blob>): Promise<{ id: string }>;
  saveMany(drafts: ArticleDraft[]): Promise<void>;
}
