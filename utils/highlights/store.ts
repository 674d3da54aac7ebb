// The library's highlights table: add, change, remove, and read them per article or across the library.
import type { LibraryDb } from '../library/db/db';
import { InvalidRecordError } from '../library/write/validate-draft';
import { isHighlightColor, type Highlight, type HighlightPatch, type NewHighlight } from './types';

/** A note is a note, not a second article; a quote longer than this is most of an article. */
export const MAX_NOTE = 10_000;
export const MAX_QUOTE = 20_000;

/** One row of the Highlights view: the highlight and the article it belongs to. */
export interface HighlightItem {
  highlight: Highlight;
  title: string;
  url: string;
}

const newId = () =>
  'h' + Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * A highlight checked field by field (the toolbar's input, or a record from an import file): selectors of the
 * right shape and size, a known colour, a note of at most MAX_NOTE characters. Throws InvalidRecordError.
 */
export function checkHighlight(value: unknown): NewHighlight {
  const v = value as Partial<NewHighlight> | null;
  const q = v?.quote;
  const p = v?.position;
  if (!q || typeof q.exact !== 'string' || typeof q.prefix !== 'string' || typeof q.suffix !== 'string')
    throw new InvalidRecordError('a highlight lacks its quote');
  if (!q.exact.trim() || q.exact.length > MAX_QUOTE)
    throw new InvalidRecordError('a highlight quote is empty or too long');
  if (!p || !isOffset(p.start) || !isOffset(p.end) || p.end <= p.start)
    throw new InvalidRecordError('a highlight lacks its position');
  if (!isHighlightColor(v.color)) throw new InvalidRecordError('a highlight has an unknown colour');
  const note = typeof v.note === 'string' ? v.note : '';
  if (note.length > MAX_NOTE) throw new InvalidRecordError('a highlight note is too long');
  return {
    quote: { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix.slice(-64), suffix: q.suffix.slice(0, 64) },
    position: { type: 'TextPositionSelector', start: p.start, end: p.end },
    color: v.color,
    note,
  };
}

/** Stores a new highlight on a saved article; rejects when the article is not in the library. */
export async function addHighlight(
  db: LibraryDb,
  articleId: string,
  input: NewHighlight,
  now = Date.now(),
): Promise<Highlight> {
  const checked = checkHighlight(input);
  return db.transaction('rw', [db.articles, db.highlights], async () => {
    if (!(await db.articles.get(articleId))) throw new InvalidRecordError('the article is not in the library');
    const highlight: Highlight = { id: newId(), articleId, ...checked, createdAt: now, updatedAt: now };
    await db.highlights.add(highlight);
    return highlight;
  });
}

export async function updateHighlight(db: LibraryDb, id: string, patch: HighlightPatch, now = Date.now()) {
  await db.transaction('rw', db.highlights, async () => {
    const found = await db.highlights.get(id);
    if (!found) return;
    const next = { ...found, ...patch, updatedAt: now };
    const checked = checkHighlight(next);
    await db.highlights.put({ ...next, color: checked.color, note: checked.note });
  });
}

export async function removeHighlight(db: LibraryDb, id: string): Promise<void> {
  await db.highlights.delete(id);
}

/** The article's highlights in the order they were made. */
export function articleHighlights(db: LibraryDb, articleId: string): Promise<Highlight[]> {
  return db.highlights.where('articleId').equals(articleId).sortBy('createdAt');
}

/**
 * Every highlight, newest first, with its article's title; `text` (any case) keeps those whose quote, note or
 * article title contains it. Highlights are few beside articles (hundreds, not tens of thousands), so one
 * pass over the table answers as fast as an index would, and finds any substring in any script.
 */
export async function listHighlights(db: LibraryDb, text = ''): Promise<HighlightItem[]> {
  return db.transaction('r', [db.highlights, db.articles], async () => {
    const all = await db.highlights.orderBy('createdAt').reverse().toArray();
    const rows = await db.articles.bulkGet([...new Set(all.map((h) => h.articleId))]);
    const articles = new Map(rows.filter((r) => r !== undefined).map((r) => [r.id, r]));
    const needle = text.trim().toLocaleLowerCase();
    const items: HighlightItem[] = [];
    for (const highlight of all) {
      const row = articles.get(highlight.articleId);
      if (!row) continue;
      const hay = `${highlight.quote.exact}\n${highlight.note}\n${row.title}`.toLocaleLowerCase();
      if (needle && !hay.includes(needle)) continue;
      items.push({ highlight, title: row.title, url: row.url });
    }
    return items;
  });
}
