import { MAX_TAG_LENGTH, MAX_TAGS } from '../db/limits';

/** Trimmed, lower-cased, unique, bounded tags: "News, news , " → ["news"]. */
export function normalizeTags(tags: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const tag of tags) {
    if (typeof tag !== 'string') continue;
    const t = tag.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, MAX_TAG_LENGTH);
    if (t) out.add(t);
    if (out.size >= MAX_TAGS) break;
  }
  return [...out];
}
