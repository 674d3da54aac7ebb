import type { ArticleDraft } from '../../article/types';
import type { ArticleMeta } from '../db/types';
import type { SiteRules } from '../../storage/site-rules';
import type { Highlight } from '../../highlights/types';

/** A highlight in a file: its article is the entry that holds it. */
export type SiftJsonHighlight = Omit<Highlight, 'articleId'>;

/** The marker of a Sift library file. */
export const SIFT_FORMAT = 'sift-library';

/** One article as Sift JSON holds it: everything the database keeps, images as base64, booleans as booleans. */
export interface SiftJsonArticle extends ArticleMeta, Pick<ArticleDraft, 'html' | 'text' | 'images' | 'figures'> {
  id: string;
  tags: string[];
  read: boolean;
  progress: number;
  savedAt: number;
  updatedAt: number;
  storedImages: { url: string; type: string; data: string }[];
  /** Since schema 2; absent in older files. */
  highlights?: SiftJsonHighlight[];
}

export interface SiftJsonFile {
  format: typeof SIFT_FORMAT;
  /** The database schema the file was written from; a reader refuses files newer than it knows. */
  schemaVersion: number;
  exportedAt: string;
  /** The reader's site rules (utils/storage/site-rules.ts); absent in files from before they were exported. */
  siteRules?: SiteRules;
  articles: SiftJsonArticle[];
}
