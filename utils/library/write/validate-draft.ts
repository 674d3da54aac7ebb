import { pageDate, pageDir, pageLang } from '../../article/page-values';
import type { ArticleDraft } from '../../article/types';
import type { Figure } from '../../figures/types';

/** A record that cannot be stored; the reason is shown in the import report. */
export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
}

const MAX_HTML = 5_000_000;
const FIGURE_KINDS = new Set(['money', 'percent', 'count', 'quantity', 'date', 'duration', 'ratio', 'result']);

/** The http(s) URL without its hash, or null. */
export function cleanUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 4096) return null;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** Checks a draft that crossed a boundary (message, file) and returns a well-typed copy, or throws InvalidRecordError. */
export function validateDraft(input: unknown): ArticleDraft {
  if (!input || typeof input !== 'object') throw new InvalidRecordError('not an article record');
  const d = input as Record<string, unknown>;
  const url = cleanUrl(d.url);
  if (!url) throw new InvalidRecordError('missing or non-http(s) url');
  const canonicalUrl = cleanUrl(d.canonicalUrl) ?? url;
  const html = typeof d.html === 'string' ? d.html : '';
  if (html.length > MAX_HTML) throw new InvalidRecordError(`article html over ${MAX_HTML / 1e6} MB`);
  const text = typeof d.text === 'string' ? d.text : '';
  const title = str(d.title)?.trim().slice(0, 1000) || new URL(url).hostname;
  return {
    url,
    canonicalUrl,
    title,
    byline: str(d.byline),
    siteName: str(d.siteName),
    // A record from a file or an old database meets Intl and Date at display: parsed like a page's own values.
    published: pageDate(d.published),
    lang: pageLang(d.lang),
    dir: pageDir(d.dir),
    excerpt: str(d.excerpt),
    html,
    text: text.slice(0, MAX_HTML),
    words: count(d.words),
    readingMinutes: count(d.readingMinutes),
    images: Array.isArray(d.images) ? d.images.map(cleanUrl).filter((u): u is string => u !== null) : [],
    figures: Array.isArray(d.figures) ? d.figures.filter(isFigure) : [],
    ...(d.partial === true ? { partial: true } : {}),
  };
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v.slice(0, 10_000) : null;
}

function count(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v) : 0;
}

function isFigure(f: unknown): f is Figure {
  if (!f || typeof f !== 'object') return false;
  const x = f as Record<string, unknown>;
  const value = x.value;
  const okValue =
    typeof value === 'number' ||
    (Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number'));
  return FIGURE_KINDS.has(x.kind as string) && okValue && typeof x.text === 'string' && typeof x.sentence === 'string';
}
