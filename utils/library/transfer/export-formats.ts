import { blobToBase64 } from './base64';
import { escapeHtml } from './escape-html';
import type { FullArticle } from '../read/get-article';
import { SCHEMA_VERSION } from '../db/schema';
import { SIFT_FORMAT, type SiftJsonArticle } from './sift-json';
import type { ExportFormat } from '../db/types';

/** How one export format writes a file: a head, one entry per article, a tail. */
export interface ExportWriter {
  mime: string;
  extension: string;
  head(now: Date): string;
  entry(article: FullArticle, first: boolean): Promise<string> | string;
  tail: string;
}

const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function jsonEntry({ row, body, images }: FullArticle): Promise<SiftJsonArticle> {
  const storedImages = await Promise.all(
    [...images].map(async ([url, blob]) => ({ url, type: blob.type, data: await blobToBase64(blob) })),
  );
  return { ...row, ...body, id: row.id, read: row.read === 1, storedImages };
}

// Markdown renderers pass inline HTML through: article text about "<script>" must stay text there too.
const md = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

function markdownEntry({ row, body }: FullArticle): string {
  const meta = [row.siteName, row.byline, row.published?.slice(0, 10)].filter(Boolean).join(' · ');
  const figures = body.figures.map((f) => `- **${md(f.text)}**${f.measures ? ` — ${md(f.measures)}` : ''}`).join('\n');
  const tags = row.tags.length ? `\nTags: ${md(row.tags.join(', '))}\n` : '';
  const paragraphs = body.text
    .split(/\n\s*\n|\n/)
    .map((p) => md(p.trim()))
    .filter(Boolean)
    .join('\n\n');
  return `# ${md(row.title)}\n\n<${row.url}>\n${meta ? `\n${md(meta)}\n` : ''}${tags}${figures ? `\n## Key figures\n\n${figures}\n` : ''}\n${paragraphs}\n\n---\n\n`;
}

function htmlEntry({ row, body }: FullArticle): string {
  const meta = [row.siteName, row.byline, row.published?.slice(0, 10)]
    .filter((x): x is string => Boolean(x))
    .map(escapeHtml)
    .join(' · ');
  // body.html was sanitised when saved (allowlist, http(s) URLs only); the rest is escaped text.
  return `<article${row.lang ? ` lang="${escapeHtml(row.lang)}"` : ''}${row.dir ? ` dir="${row.dir}"` : ''}>\n<h1><a href="${escapeHtml(row.url)}">${escapeHtml(row.title)}</a></h1>\n<p>${meta}</p>\n${body.html}\n</article>\n`;
}

function bookmarkEntry({ row }: FullArticle): string {
  const tags = row.tags.length ? ` TAGS="${escapeHtml(row.tags.join(','))}"` : '';
  return `  <DT><A HREF="${escapeHtml(row.url)}" ADD_DATE="${Math.floor(row.savedAt / 1000)}" LAST_MODIFIED="${Math.floor(row.updatedAt / 1000)}"${tags}>${escapeHtml(row.title)}</A>\n`;
}

export const EXPORT_WRITERS: Record<ExportFormat, ExportWriter> = {
  'sift-json': {
    mime: 'application/json',
    extension: 'json',
    head: (now) =>
      `{"format":"${SIFT_FORMAT}","schemaVersion":${SCHEMA_VERSION},"exportedAt":"${now.toISOString()}","articles":[\n`,
    entry: async (a, first) => (first ? '' : ',\n') + JSON.stringify(await jsonEntry(a)),
    tail: '\n]}\n',
  },
  markdown: {
    mime: 'text/markdown',
    extension: 'md',
    head: (now) => `# Sift library, ${date(now.getTime())}\n\n`,
    entry: markdownEntry,
    tail: '',
  },
  html: {
    mime: 'text/html',
    extension: 'html',
    head: (now) =>
      `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Sift library, ${date(now.getTime())}</title></head><body>\n`,
    entry: htmlEntry,
    tail: '</body></html>\n',
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
