import type { Transaction } from 'dexie';
import type { ArticleBody, ArticleRow, ArticleTerms } from '../db/types';
import { articleTerms } from './article-terms';

/**
 * Makes every article's search terms again from its title, text and figures, inside a schema upgrade's transaction
 * (the index's shape changed, so terms written by older code would miss what new queries ask for).
 */
export async function reindexTerms(tx: Transaction): Promise<void> {
  const titles = new Map<string, string>();
  await tx.table<ArticleRow, string>('articles').each((row) => void titles.set(row.id, row.title));
  const terms: ArticleTerms[] = [];
  await tx.table<ArticleBody, string>('bodies').each((body) => {
    const title = titles.get(body.id);
    if (title !== undefined) terms.push({ id: body.id, terms: articleTerms(title, body.text, body.figures) });
  });
  if (terms.length) await tx.table<ArticleTerms, string>('terms').bulkPut(terms);
}
