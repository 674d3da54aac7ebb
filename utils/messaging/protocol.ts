import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ArticleDraft } from '../article/types';
import type { SiteFilters } from '../clean/filter-list';
import type { ExtractResult } from '../article/types';
import type { FetchRequest } from '../storage/fetch-queue-state';
import type { Highlight, HighlightPatch, NewHighlight } from '../highlights/types';

export interface SaveResult {
  ok: boolean;
  id?: string;
  /** true when the URL was already saved and the record was updated. */
  updated?: boolean;
  error?: string;
}

/** A highlight change the popup asks the background to store. */
export type HighlightChange =
  | { kind: 'add'; articleId: string; input: NewHighlight }
  | { kind: 'update'; id: string; patch: HighlightPatch }
  | { kind: 'remove'; id: string };

/** The one protocol between content script, popup, library and background. */
export interface ProtocolMap {
  /** popup → content script: how many elements Sift hid here, and whether the site is switched off. */
  getCleanState(): { hidden: number; siteEnabled: boolean };
  /** popup → content script: show everything Sift hid on this page (undo). */
  showEverything(): number;
  /** popup → content script: hide clutter again after an undo. */
  cleanAgain(): number;
  /** content script → background: the hidden count for the toolbar badge. */
  reportHidden(count: number): void;
  /** content script → background: the bundled filter lists' rules for this host (kept out of every page's script). */
  getSiteFilters(host: string): SiteFilters;
  /** early content script → background: insert this host's list rules as a stylesheet into the asking frame. */
  insertSiteSheet(host: string): void;
  /** Chrome's background → its offscreen document: the HTML sanitised in a real DOM. */
  sanitizeHtml(html: string): string;
  /** popup → background: store the draft. */
  saveArticle(draft: ArticleDraft): SaveResult;
  /** Chrome's background → its offscreen document: an imported page's HTML read into an article. */
  extractHtml(page: { html: string; url: string; contentType: string; force: boolean }): ExtractResult;
  /** library → background: start, pause, resume, cancel the fetching of imported links (utils/background/fetch/). */
  fetchLinks(request: FetchRequest): void;
  /** popup → background: the saved article with this canonical URL and its highlights (null: not saved). */
  pageHighlights(canonicalUrl: string): { articleId: string | null; items: Highlight[] };
  /** popup → background: add, change or remove a highlight. */
  changeHighlight(change: HighlightChange): { ok: boolean; error?: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
