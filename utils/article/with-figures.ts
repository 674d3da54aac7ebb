import { extractFigures } from '../figures/extract-figures';
import { loadFiguresFor } from '../figures/languages';
import type { ArticleDraft, ExtractResult } from './types';

/**
 * The article read by the content script with its key figures added: the tables of its language are loaded first
 * (none for English), so an English article's popup never loads them. Figures that cannot be read leave the
 * article without figures rather than without a view.
 */
export async function withFigures(result: ExtractResult): Promise<ExtractResult> {
  if (!result.ok || result.article.figures.length) return result;
  const a: ArticleDraft = result.article;
  try {
    await loadFiguresFor(a.lang, a.text);
    return { ok: true, article: { ...a, figures: extractFigures(a.text, { published: a.published, lang: a.lang }) } };
  } catch {
    return result;
  }
}
