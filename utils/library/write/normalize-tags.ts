import { MAX_TAG_LENGTH, MAX_TAGS } from '../db/limits';

/**
 * Trimmed, unique, bounded tags that keep the reader's case: "News, news , NASA" → ["News", "NASA"]. Tags are
 * one tag whatever their case (the first spelling met is kept), and are matched without case (tagKey), so the
 * lower-case tags older versions stored still meet the ones typed now.
 */
export function normalizeTags(tags: readonly unknown[]): string[] {
  const out = new Map<string, string>();
  for (const tag of tags) {
    if (typeof tag !== 'string') continue;
    const t = tag.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH);
    if (t && !out.has(tagKey(t))) out.set(tagKey(t), t);
    if (out.size >= MAX_TAGS) break;
  }
  return [...out.values()];
}

/** What two spellings of one tag share. */
export function tagKey(tag: string): string {
  return tag.toLocaleLowerCase('und');
}
