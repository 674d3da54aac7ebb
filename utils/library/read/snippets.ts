import type { LibraryDb } from '../db/db';
import type { SnippetPart } from '../db/types';
import { buildSnippet } from '../search/snippet';

/**
 * The snippets of the rows a reader sees: their bodies read by key (a screenful, not the matches), each text cut
 * around its first match. Kept out of the list query so a search over 10,000 articles never reads a body.
 */
export async function readSnippets(
  db: LibraryDb,
  ids: readonly string[],
  text: string,
): Promise<Record<string, SnippetPart[] | null>> {
  const bodies = await db.bodies.bulkGet([...ids]);
  const out: Record<string, SnippetPart[] | null> = {};
  ids.forEach((id, k) => {
    const body = bodies[k];
    out[id] = body ? buildSnippet(body.text, text) : null;
  });
  return out;
}
