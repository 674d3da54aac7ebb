import type { LibraryDb } from '../db/db';
import { tagKey } from '../write/normalize-tags';

/** The sites and tags present in the library, sorted, read from the indexes' unique keys. */
export async function facets(db: LibraryDb): Promise<{ sites: string[]; tags: string[] }> {
  const [sites, tags] = await Promise.all([
    db.articles.orderBy('siteName').uniqueKeys(),
    db.articles.orderBy('tags').uniqueKeys(),
  ]);
  const sorted = (keys: unknown[]) =>
    keys.filter((k): k is string => typeof k === 'string').sort((a, b) => a.localeCompare(b));
  // One entry per tag whatever its case ("News" on one article, "news" on another): the first spelling sorted.
  const byKey = new Map<string, string>();
  for (const tag of sorted(tags)) if (!byKey.has(tagKey(tag))) byKey.set(tagKey(tag), tag);
  return { sites: sorted(sites), tags: [...byKey.values()] };
}
