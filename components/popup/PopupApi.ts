import type { ExtractResult } from '../../utils/article/types';
import type { ArticleDraft } from '../../utils/article/types';
import type { SaveResult } from '../../utils/messaging/protocol';
import type { HiddenItem } from '../../utils/messaging/page-tools-global';
import type { ReaderPrefs } from '../../utils/storage/reader-settings';
import type { ReaderRules } from '../../utils/storage/site-rules';
import type { Highlight } from '../../utils/highlights/types';
import type { HighlightChange } from '../../utils/messaging/protocol';
import type { SavedEntry } from '../../utils/popup/saved-entry';

// The seam between the popup's components and the browser: entrypoints/popup builds one from the extension
// APIs (utils/popup-api.ts); component tests can pass an in-memory one.

export interface CleanState {
  hidden: number;
  siteEnabled: boolean;
}

export interface PopupApi {
  /** The tab being read; null when there is none (no active tab, or a bad ?tab=). */
  tabId: number | null;
  /** Opened as a full tab (popup.html?tab=…&full=1) rather than the toolbar popup. */
  full: boolean;
  /** Extract the article in the tab; `force` reads pages that do not look like articles ("show anyway"). */
  read(force: boolean): Promise<ExtractResult>;
  cleanState(): Promise<CleanState | null>;
  showEverything(): Promise<number>;
  cleanAgain(): Promise<number>;
  setSiteEnabled(hostname: string, enabled: boolean): Promise<void>;
  /** What Sift hid on the page, in document order ([] where it cannot look). */
  hiddenList(): Promise<HiddenItem[]>;
  /** Shows the index-th hidden block and keeps it shown on the site. */
  showHidden(index: number): Promise<boolean>;
  /** Starts "Hide something else" in the page. */
  startPicker(): Promise<boolean>;
  readerRules(hostname: string): Promise<ReaderRules>;
  removeReaderRule(hostname: string, kind: keyof ReaderRules, selector: string): Promise<void>;
  save(draft: ArticleDraft): Promise<SaveResult>;
  /** Opens this clean view in a full tab. */
  openInTab(): void;
  libraryUrl: string;
  /** The library's entry for this page (the "Saved" state), null when it is not saved. */
  findSaved(canonicalUrl: string): Promise<SavedEntry | null>;
  setSavedTags(id: string, tags: string[]): Promise<void>;
  /** Where the reader left this page: the library's place for a saved one, else the popup's own. */
  loadPosition(canonicalUrl: string, saved: SavedEntry | null): Promise<number>;
  savePosition(canonicalUrl: string, saved: SavedEntry | null, progress: number): Promise<void>;
  loadPrefs(): Promise<ReaderPrefs>;
  savePrefs(prefs: ReaderPrefs): Promise<void>;
  /** The saved article for this page and its highlights (absent in fakes: the popup then offers none). */
  pageHighlights?(canonicalUrl: string): Promise<{ articleId: string | null; items: Highlight[] }>;
  changeHighlight?(change: HighlightChange): Promise<{ ok: boolean; error?: string }>;
}
