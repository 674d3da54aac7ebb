import type { LibraryItem, SnippetPart } from './LibraryApi';
import type { RowDetails } from './useRowDetails';
import { markParts } from '../../utils/library/search/snippet';
import { t } from '../../utils/i18n/t';

interface Props {
  item: LibraryItem;
  /** The search as typed ('' when none): its words are marked in the title and the snippet. */
  query: string;
  details: RowDetails;
}

/**
 * One row's content: title, site and dates, then why it matched (the text around the match, marked) when a
 * search is on, else the article's excerpt; the lead image's thumbnail beside them. Text from articles is only
 * ever drawn as text nodes and <mark> elements built here.
 */
export function LibraryRow({ item, query, details }: Props) {
  const snippet = query ? details.snippet(item.id) : undefined;
  const thumb = details.thumb(item.id);
  const title = item.title || item.url;
  return (
    <>
      {thumb && <img className="lib-row-thumb" src={thumb} alt="" width={96} height={64} />}
      <span className="lib-row-title">
        {!item.read && (
          <span className="lib-unread" aria-label={t('row_unread')}>
            ●{' '}
          </span>
        )}
        {query ? <Marked parts={markParts(title, query)} /> : title}
      </span>
      <span className="lib-row-meta">
        {rowMeta(item)}
        {item.tags.length > 0 && <span className="lib-row-tags"> · {item.tags.join(', ')}</span>}
      </span>
      {snippet ? (
        <span className="lib-row-text lib-row-snippet">
          <Marked parts={snippet} />
        </span>
      ) : (
        item.excerpt && <span className="lib-row-text">{item.excerpt}</span>
      )}
    </>
  );
}

function Marked({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}

// Made on first use, in the UI language (t() needs the browser's i18n, not a module's top level).
let dateFormat: Intl.DateTimeFormat | undefined;

/** Site, date saved, date published and reading time: "example.com · 1 Dec 2026 · published 3 Mar 2025 · 4 min". */
function rowMeta(item: LibraryItem): string {
  dateFormat ??= new Intl.DateTimeFormat(t('locale_tag'), { dateStyle: 'medium' });
  const published = item.published ? Date.parse(item.published) : NaN;
  return [
    item.siteName ?? hostOf(item.url),
    dateFormat.format(item.savedAt),
    Number.isFinite(published) ? t('list_published_on', dateFormat.format(published)) : '',
    t('row_minutes', item.readingMinutes),
  ]
    .filter(Boolean)
    .join(' · ');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
