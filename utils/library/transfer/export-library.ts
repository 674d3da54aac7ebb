import type { LibraryDb } from '../db/db';
import { CancelledError } from '../db/errors';
import { EXPORT_WRITERS } from './export-formats';
import { getArticle } from '../read/get-article';
import type { ExportFormat, TransferOptions } from '../db/types';

const CHUNK = 50;

/**
 * Writes the whole library, newest first, in one of the export formats. Reads in chunks so memory holds one
 * chunk of articles at a time (plus the output parts); reports progress and stops on the signal.
 */
export async function exportLibrary(
  db: LibraryDb,
  format: ExportFormat,
  { onProgress, signal }: TransferOptions = {},
  now = new Date(),
): Promise<{ blob: Blob; filename: string }> {
  const writer = EXPORT_WRITERS[format];
  const ids = await db.articles.orderBy('savedAt').reverse().primaryKeys();
  const parts: string[] = [writer.head(now)];
  let written = 0;
  onProgress?.(0, ids.length);
  for (let start = 0; start < ids.length; start += CHUNK) {
    if (signal?.aborted) throw new CancelledError();
    const chunk = await Promise.all(ids.slice(start, start + CHUNK).map((id) => getArticle(db, id)));
    for (const article of chunk) {
      if (article) parts.push(await writer.entry(article, written++ === 0));
    }
    onProgress?.(Math.min(ids.length, start + CHUNK), ids.length);
  }
  parts.push(writer.tail);
  const stamp = now.toISOString().slice(0, 10);
  const suffix = format === 'netscape' ? '-bookmarks' : '';
  return {
    blob: new Blob(parts, { type: writer.mime }),
    filename: `sift-library-${stamp}${suffix}.${writer.extension}`,
  };
}
