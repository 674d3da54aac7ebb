import type { ArticleBody, ArticleRow } from '../db/types';
import type { SiteRules } from '../../storage/site-rules';
import type { SiftJsonHighlight } from './sift-json';

/** One valid record read from an import file, before it meets the library. */
export interface ImportCandidate {
  /** How the report names it: the title or URL, with the line or position in the file. */
  label: string;
  /** The exported id when the file has one (Sift JSON), kept so a round trip gives equal records. */
  id?: string;
  row: Omit<ArticleRow, 'id'>;
  /** null for link-only formats (bookmarks, Pocket): nothing to read offline until the page is saved. */
  body: Omit<ArticleBody, 'id'> | null;
  images: Map<string, Blob>;
  /** Highlights and notes from a Sift JSON file, written under the article's final id. */
  highlights?: SiftJsonHighlight[];
}

export interface ParsedImport {
  candidates: ImportCandidate[];
  refused: { item: string; reason: string }[];
  /** Sift JSON only: the reader's site rules the file carries, checked (site-rules-transfer.ts). */
  siteRules?: SiteRules;
}

/** The whole file is unusable (wrong format, newer schema, truncated JSON...): nothing is imported. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

/** The file has nothing in it (0 bytes or only spaces): said as such, not as a file of an unknown format. */
export class EmptyFileError extends ImportFileError {
  override name = 'EmptyFileError';
}

/** A link-only row with the fields every format shares. */
export function linkRow(
  url: string,
  title: string,
  savedAt: number,
  tags: string[],
  read: boolean,
): Omit<ArticleRow, 'id'> {
  return {
    url,
    canonicalUrl: url,
    title,
    byline: null,
    siteName: new URL(url).hostname.replace(/^www\./, ''),
    published: null,
    lang: null,
    dir: null,
    excerpt: null,
    words: 0,
    readingMinutes: 0,
    tags,
    read: read ? 1 : 0,
    progress: 0,
    savedAt,
    updatedAt: savedAt,
  };
}
