// One link → an article, the way a save makes one: the page fetched (fetch-page.ts), read by the same extraction
// as a save (readArticle + figures, in a real DOM: extract-html.ts), its images fetched as a save fetches them.
import type { ArticleDraft, ExtractResult } from '../../article/types';
import { fetchImages } from '../../library/write/fetch-images';
import { failure, type FetchFailure } from '../../storage/fetch-failure';
import { fetchPage, type FetchPageOptions } from './fetch-page';

/** Reads an article out of a page's HTML (Firefox: DOMParser here; Chrome: the offscreen document). */
export type ExtractHtml = (html: string, url: string, contentType: string, force: boolean) => Promise<ExtractResult>;

export interface FetchArticleOptions extends FetchPageOptions {
  extract: ExtractHtml;
  /** Read the page even if it does not look like an article (the reader chose this very link). */
  force?: boolean;
}

export type FetchedArticle =
  { ok: true; draft: ArticleDraft; images: Map<string, Blob> } | { ok: false; failure: FetchFailure };

export async function fetchArticle(url: string, options: FetchArticleOptions): Promise<FetchedArticle> {
  const page = await fetchPage(url, options);
  if (!page.ok) return page;
  let read: ExtractResult;
  try {
    read = await options.extract(page.html, page.url, page.contentType, options.force ?? false);
  } catch (error) {
    return { ok: false, failure: failure('other', error instanceof Error ? error.message : String(error)) };
  }
  if (!read.ok) {
    const code = read.error.kind === 'too-large' ? 'too-large' : read.error.kind === 'pdf' ? 'not-html' : 'not-article';
    return { ok: false, failure: failure(code, read.error.kind === 'pdf' ? 'application/pdf' : undefined) };
  }
  // Images never carry cookies (fetchImages omits them), as for a save.
  const images = await fetchImages(read.article.images, { fetch: options.fetch, signal: options.signal });
  options.signal?.throwIfAborted();
  return { ok: true, draft: read.article, images };
}
