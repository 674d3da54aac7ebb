import type { FullArticle } from '../../read/get-article';

/** An export written an article at a time into one file (a zip, an EPUB). */
export interface Bundle {
  add(article: FullArticle): Promise<void>;
  finish(): Blob;
  extension: string;
}

export const day = (now: Date) => now.toISOString().slice(0, 10);
