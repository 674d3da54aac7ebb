// Messages cross a trust boundary: the background checks a draft's shape before storing it.
import type { ArticleDraft } from '../article/types';

const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';

/** True when `value` has every ArticleDraft field with the right type (figures are checked as an array only). */
export function isArticleDraft(value: unknown): value is ArticleDraft {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.url === 'string' &&
    /^https?:\/\//i.test(d.url) &&
    typeof d.canonicalUrl === 'string' &&
    typeof d.title === 'string' &&
    typeof d.html === 'string' &&
    typeof d.text === 'string' &&
    typeof d.words === 'number' &&
    typeof d.readingMinutes === 'number' &&
    ['byline', 'siteName', 'published', 'lang', 'excerpt'].every((k) => isStringOrNull(d[k])) &&
    (d.dir === null || d.dir === 'ltr' || d.dir === 'rtl' || d.dir === 'auto') &&
    Array.isArray(d.images) &&
    d.images.every((src) => typeof src === 'string') &&
    Array.isArray(d.figures)
  );
}
