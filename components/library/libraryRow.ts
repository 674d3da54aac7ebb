import type { LibraryItem } from './LibraryApi';
import { t } from '../../utils/i18n/t';

// What a library row says, shared by the list (LibraryList) and the preview drawn before React loads
// (libraryPreview.ts), so the two cannot drift apart.

/** Height of a row in the list, in CSS pixels (the list is windowed on it). */
export const ROW_HEIGHT = 64;

// Made on first use, in the UI language (t() needs the browser's i18n, not a module's top level).
let dateFormat: Intl.DateTimeFormat | undefined;

export function rowTitle(item: LibraryItem): string {
  return item.title || item.url;
}

/** Site, date saved and reading time, as "example.com · 1 Dec 2026 · 4 min". */
export function rowMeta(item: LibraryItem): string {
  dateFormat ??= new Intl.DateTimeFormat(t('locale_tag'), { dateStyle: 'medium' });
  return [item.siteName ?? hostOf(item.url), dateFormat.format(item.savedAt), t('row_minutes', item.readingMinutes)]
    .filter(Boolean)
    .join(' · ');
}

export function rowClasses(item: LibraryItem, active: boolean, open: boolean): string {
  return ['lib-row', active ? 'is-active' : '', open ? 'is-open' : '', item.read ? 'is-read' : ''].join(' ');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
