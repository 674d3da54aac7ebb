import type { ArticleDraft } from '../../article/types';
import type { Figure } from '../../figures/types';
import type { Highlight, HighlightPatch, NewHighlight } from '../../highlights/types';
import type { HighlightItem } from '../../highlights/store';

/** The draft's metadata as the library keeps it: one list of fields, shared by rows and Sift JSON. */
export type ArticleMeta = Pick<
  ArticleDraft,
  | 'url'
  | 'canonicalUrl'
  | 'title'
  | 'byline'
  | 'siteName'
  | 'published'
  | 'lang'
  | 'dir'
  | 'excerpt'
  | 'words'
  | 'readingMinutes'
  | 'partial'
>;

/** One list row: what the library list shows, small so 10,000 of them read fast. Bodies live in `bodies`. */
export interface ArticleRow extends ArticleMeta {
  id: string;
  tags: string[];
  /** 0 or 1: IndexedDB cannot index booleans. */
  read: 0 | 1;
  /** 0..1, how far the reader had scrolled. */
  progress: number;
  savedAt: number;
  updatedAt: number;
}

/** The unindexed body of an article, stored apart from its row so listing never reads it. */
export interface ArticleBody {
  id: string;
  html: string;
  text: string;
  figures: Figure[];
  /** Absolute URLs of the images the html shows, in order (stored or not). */
  images: string[];
}

/** The search index entry: normalised tokens of title, text and figures (multiEntry index). */
export interface ArticleTerms {
  id: string;
  terms: string[];
}

/** A stored image, keyed by its article and its original absolute URL. */
export interface StoredImage {
  articleId: string;
  url: string;
  blob: Blob;
}

/** One revision of a replicated document, as the local revision tree keeps it (utils/sync/rev-tree.ts). */
export interface SyncRevNode {
  /** "pos-hash", CouchDB's revision id. */
  rev: string;
  parent: string | null;
  deleted: boolean;
  /** What the Sift merge compares, when this revision's body was seen here (absent for bare ancestors). */
  tags?: string[];
  read?: boolean;
  readAt?: number;
  progress?: number;
  progressAt?: number;
  /** The whole document of a non-winning leaf, kept so a losing edit stays retrievable. */
  body?: Record<string, unknown>;
  /** A site document's state at this revision (site:<host>; small, so kept on every revision seen here). */
  site?: SyncSiteState;
}

/** A site's switch and picker rules as sync carries them; enabledAt is when the switch last changed. */
export interface SyncSiteState {
  enabled: boolean;
  enabledAt: number;
  hide: string[];
  show: string[];
}

/** A replicated document's local revision tree, and what of the local library its winner matches. */
export interface SyncDocRecord {
  /** The document id: "article:<id>". */
  id: string;
  nodes: SyncRevNode[];
  /** Local change counter: push sends the documents whose seq is past its checkpoint. */
  seq: number;
  /** Fingerprint of the library row the winning revision was written from or to; a difference is a local edit. */
  print: string | null;
  /** Losing revisions of resolved conflicts, kept until the reader has seen them. */
  losers?: { rev: string; body: Record<string, unknown> }[];
}

/** An article changed since sync last looked (utils/library/db/track-changes.ts); `mark` is new per write. */
export interface SyncDirtyMark {
  /** The article id, or "*" when a write's rows were not known. */
  id: string;
  mark: string;
}

/** The replication's own records: `_local/<replication id>` checkpoints and the library's sync uuid. */
export interface SyncStateRecord {
  id: string;
  [field: string]: unknown;
}

/** The list's small copy of an article's lead image; blob null when the article has none that could be drawn. */
export interface ArticleThumb {
  id: string;
  blob: Blob | null;
}

/** A whole saved article: a row, its body, its terms (what export writes and import reads back). */
export type SavedArticle = ArticleRow & Omit<ArticleBody, 'id'> & { terms: string[] };

// The library page's seam: components/LibraryApi.ts re-exports these for the components.

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
  /** The page's own summary, shown under the title. */
  excerpt?: string | null;
  /** When the page says it was published (ISO 8601 as the page gave it), shown beside the saved date. */
  published?: string | null;
}

/** A run of snippet text, marked when it is a query's word or figure (drawn as text, never as HTML). */
export interface SnippetPart {
  text: string;
  mark?: true;
}

/** A saved article opened for reading. */
export interface LibraryArticle extends LibraryItem {
  draft: ArticleDraft;
  /** 0..1, how far the reader had scrolled. */
  progress: number;
  /** Stored images by their original absolute URL, so the article reads offline. */
  images: Record<string, Blob>;
}

/** markdown and html are zips of one file per article; epub is one book. */
export type ExportFormat = 'sift-json' | 'markdown' | 'html' | 'epub' | 'netscape';

export interface TransferOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Export these articles, in this order (the list as shown); the whole library, newest first, when absent. */
  ids?: string[];
}

export interface ImportReport {
  imported: number;
  merged: number;
  refused: { item: string; reason: string }[];
  /** Site rules (selectors) a Sift JSON file added to the reader's own. */
  siteRules?: number;
}

export interface LibraryStorageState {
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
  /**
   * For each id, the article text around the first match of `text` with the matches marked; null when its text
   * holds none (found by its title or a figure's value). Read for the rows in view only, apart from list().
   */
  snippets(ids: string[], text: string): Promise<Record<string, SnippetPart[] | null>>;
  /** Each article's small lead image (made on first ask and kept), or null when it has none. */
  thumbs(ids: string[]): Promise<Record<string, Blob | null>>;
  get(id: string): Promise<LibraryArticle | undefined>;
  setRead(id: string, read: boolean): Promise<void>;
  setTags(id: string, tags: string[]): Promise<void>;
  setProgress(id: string, progress: number): Promise<void>;
  /** Deletes and returns how to put it back exactly as it was. */
  remove(id: string): Promise<() => Promise<void>>;
  exportAll(format: ExportFormat, options: TransferOptions): Promise<{ blob: Blob; filename: string }>;
  /** All or nothing: a cancelled (signal) or failed import leaves the library as it was, and rejects. */
  importFile(file: File, options: TransferOptions): Promise<ImportReport>;
  storage(): Promise<LibraryStorageState>;
  persist(): Promise<boolean>;
  /** Ids of imported rows that are links only (no text yet), oldest first: what "Fetch N articles" fetches. */
  links?(): Promise<string[]>;
  /** The open article's highlights, oldest first. */
  highlights(articleId: string): Promise<Highlight[]>;
  /** Every highlight, newest first, those whose quote, note or article title contain `text`. */
  allHighlights(text: string): Promise<HighlightItem[]>;
  addHighlight(articleId: string, input: NewHighlight): Promise<Highlight>;
  updateHighlight(id: string, patch: HighlightPatch): Promise<void>;
  removeHighlight(id: string): Promise<void>;
}
