import '../figures/all-languages';
import { extractFigures } from '../figures/extract-figures';
import { readArticle, type ExtractOptions } from './read-article';
import type { ExtractResult } from './types';

export type { ExtractOptions };

/**
 * The article of a page with its key figures, in any language Sift reads, synchronously: for the command line,
 * the benches and the tests. The extension reads the page with `readArticle` in the content script and adds the
 * figures in the popup (`withFigures`), which loads only the page language's tables.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const read = readArticle(doc, url, options);
  if (!read.ok) return read;
  const a = read.article;
  return { ok: true, article: { ...a, figures: extractFigures(a.text, { published: a.published, lang: a.lang }) } };
}
