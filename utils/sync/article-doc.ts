import type { FullArticle } from '../library/read/get-article';
import type { ArticleBody, ArticleRow } from '../library/db/types';
import { base64ToBytes, blobToBase64 } from '../library/transfer/base64';
import { canonicalJson } from './rev-id';

// One CouchDB document per article: the fields of the Sift JSON export (utils/library/transfer/sift-json.ts),
// read as a boolean, images as attachments, plus when read state and progress last changed (the merge's clocks).

export const ARTICLE_PREFIX = 'article:';
export const ARTICLE_TYPE = 'sift-article';

export interface ArticleClocks {
  readAt: number;
  progressAt: number;
}

interface Attachment {
  content_type?: string;
  data?: string;
  stub?: boolean;
}

/** The document body (no _id/_rev): what a revision of `article:<id>` holds. */
export type ArticleDocBody = Record<string, unknown> & {
  type: typeof ARTICLE_TYPE;
  id: string;
  tags: string[];
  read: boolean;
  progress: number;
  readAt: number;
  progressAt: number;
  imageFiles: { url: string; name: string }[];
  _attachments?: Record<string, Attachment>;
};

const ROW_KEYS = [
  'id', 'url', 'canonicalUrl', 'title', 'byline', 'siteName', 'published', 'lang', 'dir', 'excerpt', 'words',
  'readingMinutes', 'partial', 'tags', 'progress', 'savedAt', 'updatedAt',
] as const; // prettier-ignore

export const docIdOf = (articleId: string) => ARTICLE_PREFIX + articleId;

/** What a local edit is measured against: the row exactly as the library holds it. */
export const rowPrint = (row: ArticleRow): string => canonicalJson(row);

export async function articleToDoc(article: FullArticle, clocks: ArticleClocks): Promise<ArticleDocBody> {
  const { row, body, images } = article;
  const imageFiles = [...images.keys()].map((url, k) => ({ url, name: `image-${k}` }));
  const attachments: Record<string, Attachment> = {};
  for (const [k, blob] of [...images.values()].entries()) {
    attachments[`image-${k}`] = {
      content_type: blob.type || 'application/octet-stream',
      data: await blobToBase64(blob),
    };
  }
  const doc: ArticleDocBody = {
    ...Object.fromEntries(ROW_KEYS.map((key) => [key, row[key]])),
    type: ARTICLE_TYPE,
    id: row.id,
    tags: [...row.tags],
    read: row.read === 1,
    progress: row.progress,
    html: body.html,
    text: body.text,
    figures: body.figures,
    images: body.images,
    ...clocks,
    imageFiles,
  };
  if (imageFiles.length) doc._attachments = attachments;
  return doc;
}

const isStr = (v: unknown) => typeof v === 'string';
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** A Sift article document, or the reason it is not one (a database of other documents is refused on this). */
export function checkArticleDoc(docId: string, doc: Record<string, unknown>): string | null {
  if (doc.type !== ARTICLE_TYPE) return `${docId}: not a Sift article`;
  const ok =
    docId === docIdOf(String(doc.id)) &&
    [doc.url, doc.canonicalUrl, doc.title, doc.html, doc.text].every(isStr) &&
    [doc.progress, doc.savedAt, doc.updatedAt, doc.readAt, doc.progressAt].every(isNum) &&
    typeof doc.read === 'boolean' &&
    Array.isArray(doc.tags) &&
    (doc.tags as unknown[]).every(isStr) &&
    Array.isArray(doc.images) &&
    Array.isArray(doc.figures) &&
    Array.isArray(doc.imageFiles);
  return ok ? null : `${docId}: a Sift article with missing or malformed fields`;
}

/** The library records a (checked) article document stands for; attachments must be inline (attachments=true). */
export function docToArticle(doc: ArticleDocBody): FullArticle {
  const row = Object.fromEntries(ROW_KEYS.filter((k) => k in doc).map((k) => [k, doc[k]])) as unknown as ArticleRow;
  row.read = doc.read ? 1 : 0;
  row.tags = [...doc.tags];
  const body: ArticleBody = {
    id: doc.id,
    html: doc.html as string,
    text: doc.text as string,
    figures: doc.figures as ArticleBody['figures'],
    images: doc.images as string[],
  };
  const images = new Map<string, Blob>();
  for (const { url, name } of doc.imageFiles) {
    const file = doc._attachments?.[name];
    const bytes = file?.data ? base64ToBytes(file.data) : null;
    if (bytes) images.set(url, new Blob([bytes], { type: file?.content_type ?? '' }));
  }
  return { row, body, images };
}
