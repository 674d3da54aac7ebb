import type { LibraryDb } from '../db/db';
import { intersect } from '../read/intersect';
import { queryTokens } from './tokenize';

/**
 * Ids of the articles whose index holds every query token as a prefix of some term (AND of terms), read from
 * the multiEntry `terms` index only; bodies are never scanned. null when the query has no tokens.
 */
export async function searchIds(db: LibraryDb, query: string): Promise<Set<string> | null> {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return null;
  let result: Set<string> | null = null;
  // Longest tokens first: they match the fewest terms, so the intersection shrinks fastest.
  for (const token of tokens.sort((a, b) => b.length - a.length)) {
    // One character as a prefix matches a large part of the index: take it as a whole word only.
    const where = db.terms.where('terms');
    const ids = new Set(await (token.length > 1 ? where.startsWith(token) : where.equals(token)).primaryKeys());
    result = intersect(result, ids);
    if (result.size === 0) break;
  }
  return result;
}
