import type { ArticleDraft } from '../../article/types';
import type { ArticleBody, ArticleRow, LibraryItem } from '../db/types';

/** The list row the library page shows. */
export function toItem(row: ArticleRow): LibraryItem {
  const { id, url, title, siteName, savedAt, tags, readingMinutes, excerpt, published } = row;
  return { id, url, title, siteName, savedAt, read: row.read === 1, tags, readingMinutes, excerpt, published };
}

/** The draft the shared article component renders, rebuilt from a stored row and body. */
export function toDraft(row: ArticleRow, body: ArticleBody): ArticleDraft {
  return {
    url: row.url,
    canonicalUrl: row.canonicalUrl,
    title: row.title,
    byline: row.byline,
    siteName: row.siteName,
    published: row.published,
    lang: row.lang,
    dir: row.dir,
    excerpt: row.excerpt,
    html: body.html,
    text: body.text,
    words: row.words,
    readingMinutes: row.readingMinutes,
    images: body.images,
    figures: body.figures,
    ...(row.partial ? { partial: true } : {}),
  };
}
