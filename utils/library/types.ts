import type { Figure } from '../figures/types';

/** One list row: what the library list shows, small so 10,000 of them read fast. Bodies live in `bodies`. */
export interface ArticleRow {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  words: number;
  readingMinutes: number;
  partial?: boolean;
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

/** A whole saved article: a row, its body, its terms (what export writes and import reads back). */
export type SavedArticle = ArticleRow & Omit<ArticleBody, 'id'> & { terms: string[] };
