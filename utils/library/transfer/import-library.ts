import type { LibraryDb } from '../db/db';
import { detectFormat, type ImportFormat } from './detect-format';
import { CancelledError, StorageFullError, isQuotaError } from '../db/errors';
import { EmptyFileError, ImportFileError, type ImportCandidate, type ParsedImport } from './import-types';
import { mergeArticle } from '../write/merge-article';
import { newArticleId } from '../write/new-article-id';
import { parseBookmarks } from './parse-bookmarks';
import { parsePocketCsv } from './parse-pocket-csv';
import { parseSiftJson } from './parse-sift-json';
import type { ImportReport, TransferOptions } from '../db/types';
import { articleTables, writeArticle } from '../write/write-article';
import type { SiteRulesStore } from './site-rules-transfer';

export interface ImportOptions extends TransferOptions {
  /** Sanitises imported html: a file's html is only as clean as whoever wrote it. */
  sanitize: (html: string) => string;
  now?: number;
  /** Adds a Sift JSON file's site rules, once its articles are in (site-rules-transfer.ts). */
  siteRules?: Pick<SiteRulesStore, 'merge'>;
}

export const MAX_IMPORT_RECORDS = 200_000;
/** A Pocket or bookmarks file of 200,000 links is a few tens of MB; past this it is not a reading list. */
export const MAX_LINK_FILE_CHARS = 32 * 1024 * 1024;
const PARSERS: Record<ImportFormat, (text: string, now?: number) => ParsedImport> = {
  'sift-json': parseSiftJson,
  'pocket-csv': parsePocketCsv,
  bookmarks: parseBookmarks,
};

/**
 * Imports a Sift JSON, Pocket CSV or bookmarks HTML file, all or nothing: every record is checked first (bad
 * ones are refused with a reason), then all good ones are written in one transaction, so a cancel, a quota
 * error or any failure rolls the library back exactly as it was. Same canonical URL → merged, not duplicated.
 */
export async function importLibrary(db: LibraryDb, text: string, options: ImportOptions): Promise<ImportReport> {
  const { signal, onProgress, sanitize, now = Date.now() } = options;
  if (text.trim() === '') throw new EmptyFileError('The file is empty: it holds no text to import.');
  const format = detectFormat(text);
  if (!format)
    throw new ImportFileError(
      'Sift imports its own JSON export, Pocket CSV and bookmarks HTML; this file is none of them.',
    );
  if (format !== 'sift-json' && text.length > MAX_LINK_FILE_CHARS) {
    throw new ImportFileError(
      `The file is ${(text.length / 1024 / 1024).toFixed(1)} MB; Sift reads link lists up to ${MAX_LINK_FILE_CHARS / 1024 / 1024} MB.`,
    );
  }
  const parsed = PARSERS[format](text, now);
  if (parsed.candidates.length > MAX_IMPORT_RECORDS) {
    throw new ImportFileError(
      `The file holds ${parsed.candidates.length} articles; Sift imports up to ${MAX_IMPORT_RECORDS} at once.`,
    );
  }
  for (const [k, c] of parsed.candidates.entries()) {
    if (c.body) c.body.html = sanitize(c.body.html);
    // Let a cancel click through while sanitising (outside any transaction, so waiting is allowed).
    if (k % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) throw new CancelledError();
  }
  const total = parsed.candidates.length;
  const report: ImportReport = { imported: 0, merged: 0, refused: parsed.refused };
  try {
    await db.transaction('rw', articleTables(db), async () => {
      for (const [k, candidate] of parsed.candidates.entries()) {
        // IndexedDB requests are tasks: between them the page handles the cancel click and the signal flips.
        if (signal?.aborted) throw new CancelledError();
        if (await writeCandidate(db, candidate)) report.merged++;
        else report.imported++;
        if (k % 50 === 49 || k === total - 1) onProgress?.(k + 1, total);
      }
    });
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError('the import', { cause: error });
    throw error;
  }
  if (parsed.siteRules && Object.keys(parsed.siteRules).length && options.siteRules)
    report.siteRules = await options.siteRules.merge(parsed.siteRules);
  return report;
}

/** Writes one candidate inside the import's transaction; true when it merged into a saved article. */
async function writeCandidate(db: LibraryDb, c: ImportCandidate): Promise<boolean> {
  const existing = await db.articles.where('canonicalUrl').equals(c.row.canonicalUrl).first();
  if (existing) {
    const hasBody = ((await db.bodies.get(existing.id))?.html ?? '') !== '';
    const merged = mergeArticle(existing, hasBody, c);
    if (merged.body) await writeArticle(db, merged.row, merged.body, merged.images);
    else await db.articles.put(merged.row);
    await writeHighlights(db, existing.id, c);
    return true;
  }
  const id = c.id && !(await db.articles.get(c.id)) ? c.id : await newArticleId(db);
  const body = c.body ?? { html: '', text: '', figures: [], images: [] };
  await writeArticle(db, { ...c.row, id }, { ...body, id }, c.images);
  await writeHighlights(db, id, c);
  return false;
}

/**
 * The file's highlights on the article they belong to. One with an id already in the library for this article is
 * replaced (the same highlight imported again); one whose id another article holds gets a fresh id.
 */
async function writeHighlights(db: LibraryDb, articleId: string, c: ImportCandidate): Promise<void> {
  for (const h of c.highlights ?? []) {
    const clash = await db.highlights.get(h.id);
    const id = clash && clash.articleId !== articleId ? `h${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}` : h.id;
    await db.highlights.put({ ...h, id, articleId });
  }
}
