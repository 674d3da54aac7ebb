import { t } from '../../../i18n/t';
import type { Bundle } from './bundle';
import { epubBundle } from './epub-bundle';
import { htmlBundle } from './html-bundle';
import { markdownBundle } from './markdown-bundle';

// The one module export-library.ts imports on demand: turndown, fflate and the writers load when a reader exports
// a zip or a book, never with the library page's list (nor in the popup or content script).

export type BundleFormat = 'markdown' | 'html' | 'epub';

export function createBundle(format: BundleFormat, now: Date): Bundle {
  const figures = t('export_key_figures');
  const highlights = t('hl_export_heading');
  if (format === 'markdown') return markdownBundle(now, { highlights });
  if (format === 'html') return htmlBundle(now, { figures, index: t('export_index_title'), highlights });
  return epubBundle(now, { title: t('export_book_title'), contents: t('export_contents'), figures, highlights });
}
