import type { ArticleDraft } from '../utils/article/types';

// The thin seam between the library page's components and utils/library: main.tsx builds one from the
// database, unit tests pass an in-memory one. Every read is written so useLiveQuery can watch it.

export type ReadFilter = 'all' | 'unread' | 'read';

export interface LibraryQuery {
  /** Words to find in title, text or figures (the library's index); '' lists everything. */
  text: string;
  site: string | null;
  tag: string | null;
  read: ReadFilter;
}

/** One row of the list: small, no body. */
export interface LibraryItem {
  id: string;
  url: string;
  title: string;
  siteName: string | null;
  savedAt: number;
  read: boolean;
  tags: string[];
  readingMinutes: number;
}

/** A saved article opened for reading. */
export interface LibraryArticle extends LibraryItem {
  draft: ArticleDraft;
  /** 0..1, how far the reader had scrolled. */
  progress: number;
  /** Stored images by their original absolute URL, so the article reads offline. */
  images: Record<string, Blob>;
}

export type ExportFormat = 'sift-json' | 'markdown' | 'html' | 'netscape';

export interface TransferOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface ImportReport {
  imported: number;
  merged: number;
  refused: { item: string; reason: string }[];
}

export interface StorageState {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export interface LibraryApi {
  /**
   * Newest first. `limit` gives the first rows fast, so the page draws before a 10,000-row list is read.
   * Reads list rows only (no bodies, no images): it re-runs after every write while the page is open.
   */
  list(query: LibraryQuery, limit?: number): Promise<LibraryItem[]>;
  facets(): Promise<{ sites: string[]; tags: string[] }>;
  get(id: string): Promise<LibraryArticle | undefined>;
  setRead(id: string, read: boolean): Promise<void>;
  setTags(id: string, tags: string[]): Promise<void>;
  setProgress(id: string, progress: number): Promise<void>;
  /** Deletes and returns how to put it back exactly as it was. */
  remove(id: string): Promise<() => Promise<void>>;
  exportAll(format: ExportFormat, options: TransferOptions): Promise<{ blob: Blob; filename: string }>;
  /** All or nothing: a cancelled (signal) or failed import leaves the library as it was, and rejects. */
  importFile(file: File, options: TransferOptions): Promise<ImportReport>;
  storage(): Promise<StorageState>;
  persist(): Promise<boolean>;
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
