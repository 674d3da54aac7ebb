import type { ImportCandidate } from '../transfer/import-types';
import { normalizeTags } from './normalize-tags';
import type { ArticleBody, ArticleRow } from '../db/types';

export interface Merged {
  row: ArticleRow;
  /** null: keep the stored body and images as they are. */
  body: ArticleBody | null;
  images: Map<string, Blob>;
}

/**
 * An imported record meeting a saved one with the same canonical URL: the first save time, the union of tags,
 * read if either was, and the content (with its progress) of whichever was updated last; a link-only record
 * never replaces a saved text.
 */
export function mergeArticle(existing: ArticleRow, hasBody: boolean, incoming: ImportCandidate): Merged {
  const takeIncoming = incoming.body !== null && (!hasBody || incoming.row.updatedAt > existing.updatedAt);
  const base = takeIncoming ? { ...incoming.row, id: existing.id } : existing;
  const row: ArticleRow = {
    ...base,
    savedAt: Math.min(existing.savedAt, incoming.row.savedAt),
    updatedAt: Math.max(existing.updatedAt, incoming.row.updatedAt),
    tags: normalizeTags([...existing.tags, ...incoming.row.tags]),
    read: existing.read || incoming.row.read ? 1 : 0,
  };
  const body = takeIncoming && incoming.body ? { ...incoming.body, id: existing.id } : null;
  return { row, body, images: takeIncoming ? incoming.images : new Map() };
}
