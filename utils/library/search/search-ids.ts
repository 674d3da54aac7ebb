import type { LibraryDb } from '../db/db';
import { intersect } from '../read/intersect';
import { hasCjk, queryTokens } from './tokenize';

/**
 * Up to this many candidates, the query's remaining words are checked in the candidates' own term lists instead of
 * the index. An index range grows with the library ("harbour the": "the", "their", "them"… stand in nearly every
 * article, tens of thousands of keys at 10,000 articles, read only to be intersected with a handful), while a
 * candidate's list does not (a few hundred terms an article).
 */
export const NARROW_MAX = 50;

// One character as a prefix matches a large part of the index: take it as a whole word only. A Chinese or Japanese
// character is a word's worth of letters, and the index keeps it only inside bigrams: a prefix.
const asPrefix = (token: string) => token.length > 1 || hasCjk(token);

/**
 * Ids of the articles whose index holds every query token as a prefix of some term (AND of terms), read from
 * the multiEntry `terms` index (and, once few articles are left, their term lists); bodies are never scanned. null
 * when the query has no tokens.
 */
export async function searchIds(db: LibraryDb, query: string, narrowMax = NARROW_MAX): Promise<Set<string> | null> {
  // Longest tokens first: they match the fewest terms, so the intersection shrinks fastest.
  const tokens = queryTokens(query).sort((a, b) => b.length - a.length);
  if (tokens.length === 0) return null;
  let result: Set<string> | null = null;
  for (const [k, token] of tokens.entries()) {
    if (result !== null && result.size <= narrowMax) return narrow(db, result, tokens.slice(k));
    const where = db.terms.where('terms');
    const ids = new Set(await (asPrefix(token) ? where.startsWith(token) : where.equals(token)).primaryKeys());
    result = intersect(result, ids);
    if (result.size === 0) break;
  }
  return result;
}

/** The candidates whose term lists hold every token (as the index would match it). */
async function narrow(db: LibraryDb, candidates: Set<string>, tokens: string[]): Promise<Set<string>> {
  const rows = await db.terms.bulkGet([...candidates]);
  const found = new Set<string>();
  for (const row of rows) {
    if (!row) continue;
    const has = (token: string) =>
      asPrefix(token) ? row.terms.some((term) => term.startsWith(token)) : row.terms.includes(token);
    if (tokens.every(has)) found.add(row.id);
  }
  return found;
}
