import { blobToBase64 } from './base64';
import { escapeHtml } from './escape-html';
import type { FullArticle } from '../read/get-article';
import { SCHEMA_VERSION } from '../db/schema';
import { SIFT_FORMAT, type SiftJsonArticle } from './sift-json';
import type { ExportFormat } from '../db/types';
import type { SiteRules } from '../../storage/site-rules';

/** How one export format writes a file: a head, one entry per article, a tail. */
export interface ExportWriter {
  mime: string;
  extension: string;
  /** `siteRules` go in a Sift JSON file's head, before its articles. */
  head(now: Date, siteRules?: SiteRules): string;
  entry(article: FullArticle, first: boolean): Promise<string> | string;
  tail: string;
}

async function jsonEntry({ row, body, images, highlights = [] }: FullArticle): Promise<SiftJsonArticle> {
  const storedImages = await Promise.all(
    [...images].map(async ([url, blob]) => ({ url, type: blob.type, data: await blobToBase64(blob) })),
  );
  const marks = highlights.map(({ articleId: _, ...h }) => h);
  return { ...row, ...body, id: row.id, read: row.read === 1, storedImages, highlights: marks };
}

function bookmarkEntry({ row }: FullArticle): string {
  const tags = row.tags.length ? ` TAGS="${escapeHtml(row.tags.join(','))}"` : '';
  return `  <DT><A HREF="${escapeHtml(row.url)}" ADD_DATE="${Math.floor(row.savedAt / 1000)}" LAST_MODIFIED="${Math.floor(row.updatedAt / 1000)}"${tags}>${escapeHtml(row.title)}</A>\n`;
}

/** The one-file text formats; Markdown, HTML and EPUB are bundles (bundle/), loaded when used. */
export const EXPORT_WRITERS: Record<Exclude<ExportFormat, 'markdown' | 'html' | 'epub'>, ExportWriter> = {
  'sift-json': {
    mime: 'application/json',
    extension: 'json',
    head: (now, siteRules) =>
      `{"format":"${SIFT_FORMAT}","schemaVersion":${SCHEMA_VERSION},"exportedAt":"${now.toISOString()}",` +
      (siteRules && Object.keys(siteRules).length ? `"siteRules":${JSON.stringify(siteRules)},` : '') +
      `"articles":[\n`,
    entry: async (a, first) => (first ? '' : ',\n') + JSON.stringify(await jsonEntry(a)),
    tail: '\n]}\n',
  },
  netscape: {
    mime: 'text/html',
    extension: 'html',
    head: () =>
      '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">\n<TITLE>Bookmarks</TITLE>\n<H1>Sift</H1>\n<DL><p>\n',
    entry: bookmarkEntry,
    tail: '</DL><p>\n',
  },
};
