import type { LibraryDb } from '../db/db';

/** The sites and tags present in the library, sorted, read from the indexes' unique keys. */
export async function facets(db: LibraryDb): Promise<{ sites: string[]; tags: string[] }> {
  const [sites, tags] = await Promise.all([
    db.articles.orderBy('siteName').uniqueKeys(),
    db.articles.orderBy('tags').uniqueKeys(),
  ]);
  const sorted = (keys: unknown[]) =>
    keys.filter((k): k is string => typeof k === 'string').sort((a, b) => a.localeCompare(b));
  return { sites: sorted(sites), tags: sorted(tags) };
}
