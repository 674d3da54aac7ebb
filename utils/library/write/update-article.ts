import type { LibraryDb } from '../db/db';
import { normalizeTags } from './normalize-tags';

// Reader state changes touch the row only; they do not move updatedAt (that is when the content changed).

export async function setRead(db: LibraryDb, id: string, read: boolean): Promise<void> {
  await db.articles.update(id, { read: read ? 1 : 0 });
}

export async function setTags(db: LibraryDb, id: string, tags: readonly string[]): Promise<void> {
  await db.articles.update(id, { tags: normalizeTags(tags) });
}

export async function setProgress(db: LibraryDb, id: string, progress: number): Promise<void> {
  if (!Number.isFinite(progress)) return;
  await db.articles.update(id, { progress: Math.min(1, Math.max(0, progress)) });
}
