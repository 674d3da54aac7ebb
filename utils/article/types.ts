import type { Figure } from '../figures/types';

/** What extraction hands to the popup, to saving and to the CLI. Plain data: it crosses message boundaries. */
export interface ArticleDraft {
  url: string;
  /** <link rel=canonical> or og:url when present, else url without hash: the key a save upserts by. */
  canonicalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when known. */
  published: string | null;
  /** A canonical BCP 47 tag (Intl accepts it), or null. */
  lang: string | null;
  dir: 'ltr' | 'rtl' | 'auto' | null;
  excerpt: string | null;
  /** Sanitised article HTML (absolute URLs). */
  html: string;
  text: string;
  words: number;
  readingMinutes: number;
  /** Absolute URLs of the images the html shows, in order. */
  images: string[];
  figures: Figure[];
  /** Set when the page was cut to fit the size bound: the article may be incomplete. */
  partial?: boolean;
}

// 'store-page': an ordinary web address the browser keeps extensions out of (its add-on store), said apart from
// browser pages because a reader does not expect a web page to be off limits.
export type ReadErrorKind = 'not-article' | 'too-large' | 'internal-page' | 'store-page' | 'pdf' | 'no-content';

export interface ReadError {
  kind: ReadErrorKind;
  /** One sentence a reader understands. */
  message: string;
}

export type ExtractResult = { ok: true; article: ArticleDraft } | { ok: false; error: ReadError };
