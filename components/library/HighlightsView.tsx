import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDebounced } from '../../hooks/useDebounced';
import { t } from '../../utils/i18n/t';
import type { LibraryApi } from './LibraryApi';
import './highlights-view.css';

interface Props {
  api: LibraryApi;
  /** Opens the article scrolled to the highlight. */
  onOpen: (articleId: string, highlightId: string) => void;
}

/** Every highlight across the library, newest first, with its article and note; searchable. */
export function HighlightsView({ api, onOpen }: Props) {
  const [search, setSearch] = useState('');
  const text = useDebounced(search.trim(), 150);
  const items = useLiveQuery(() => api.allHighlights(text), [api, text]);
  return (
    <div className="lib-highlights">
      <input
        type="search"
        className="lib-highlights-search"
        aria-label={t('hl_search')}
        placeholder={t('hl_search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {items === undefined ? null : items.length === 0 ? (
        <p className="lib-empty" role="status">
          {text ? t('hl_none_match') : t('hl_none')}
        </p>
      ) : (
        <ul className="lib-highlight-list" aria-label={t('hl_view')}>
          {items.map(({ highlight: h, title, url }) => (
            <li key={h.id}>
              <button
                type="button"
                className="lib-highlight"
                data-hl-id={h.id}
                onClick={() => onOpen(h.articleId, h.id)}
              >
                <span className={`lib-highlight-quote sift-hl-${h.color}`}>{h.quote.exact}</span>
                {h.note ? <span className="lib-highlight-note">{h.note}</span> : null}
                <span className="lib-highlight-source">
                  {title || url} · {new Date(h.createdAt).toLocaleDateString(t('locale_tag'))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
