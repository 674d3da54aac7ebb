import { t } from '../../i18n/t';
import type { LibraryDb } from '../db/db';
import { CancelledError } from '../db/errors';
import { EXPORT_WRITERS } from './export-formats';
import { getArticle, type FullArticle } from '../read/get-article';
import type { ExportFormat, TransferOptions } from '../db/types';
import type { SiteRules } from '../../storage/site-rules';

const CHUNK = 50;

const isBundle = (format: ExportFormat): format is 'markdown' | 'html' | 'epub' =>
  format === 'markdown' || format === 'html' || format === 'epub';

/**
 * Writes the library (or the articles `ids` names, in that order), newest first, in one of the export formats.
 * Reads in chunks so memory holds one chunk of articles at a time (plus the output parts); reports progress and
 * stops on the signal. Markdown, HTML and EPUB are files in a zip, written by code loaded only now.
 */
export async function exportLibrary(
  db: LibraryDb,
  format: ExportFormat,
  { onProgress, signal, ids: chosen, siteRules }: TransferOptions & { siteRules?: SiteRules } = {},
  now = new Date(),
): Promise<{ blob: Blob; filename: string }> {
  const ids = chosen ?? (await db.articles.orderBy('savedAt').reverse().primaryKeys());
  const stamp = now.toISOString().slice(0, 10);
  const each = async (write: (article: FullArticle, first: boolean) => Promise<void>) => {
    let written = 0;
    onProgress?.(0, ids.length);
    for (let start = 0; start < ids.length; start += CHUNK) {
      if (signal?.aborted) throw new CancelledError();
      const chunk = await Promise.all(ids.slice(start, start + CHUNK).map((id) => getArticle(db, id)));
      for (const article of chunk) if (article) await write(article, written++ === 0);
      onProgress?.(Math.min(ids.length, start + CHUNK), ids.length);
    }
    return written;
  };

  if (isBundle(format)) {
    const { createBundle } = await import('./bundle/bundles');
    const bundle = createBundle(format, now);
    const written = await each((article) => bundle.add(article));
    // A book needs a chapter (EPUB's spine and contents cannot be empty); an empty zip would only puzzle.
    if (written === 0) throw new Error(t('export_nothing'));
    return {
      blob: bundle.finish(),
      filename: `sift-${format === 'epub' ? 'articles' : 'library'}-${stamp}.${bundle.extension}`,
    };
  }
  const writer = EXPORT_WRITERS[format as 'sift-json' | 'netscape'];
  const parts: string[] = [writer.head(now, siteRules)];
  await each(async (article, first) => void parts.push(await writer.entry(article, first)));
  parts.push(writer.tail);
  const suffix = format === 'netscape' ? '-bookmarks' : '';
  return {
    blob: new Blob(parts, { type: writer.mime }),
    filename: `sift-library-${stamp}${suffix}.${writer.extension}`,
  };
}
