import type { LibraryDb } from '../db/db';
import { intersect } from '../read/intersect';
import { hasCjk, queryTokens } from './tokenize';

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
    // One character as a prefix matches a large part of the index: take it as a whole word only. A Chinese or
    // Japanese character is a word's worth of letters, and the index keeps it only inside bigrams: a prefix.
    const where = db.terms.where('terms');
    const prefix = token.length > 1 || hasCjk(token);
    const ids = new Set(await (prefix ? where.startsWith(token) : where.equals(token)).primaryKeys());
    result = intersect(result, ids);
    if (result.size === 0) break;
  }
  return result;
}
