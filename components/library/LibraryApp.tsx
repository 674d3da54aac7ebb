import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  FIRST_ROWS,
  type LibraryApi,
  type LibraryArticle,
  type LibraryItem,
  type LibraryQuery,
  type ReadFilter,
  type StorageState,
  WHOLE_LIBRARY,
} from './LibraryApi';
import { LibraryFetch, useFetchQueue } from './LibraryFetch';
import { HighlightsView } from './HighlightsView';
import { LibraryFilters } from './LibraryFilters';
import { LibraryList } from './LibraryList';
import { LibraryReader } from './LibraryReader';
import { LibraryStorage } from './LibraryStorage';
import { LibraryToast, type Toast } from './LibraryToast';
import { LibraryTransfer } from './LibraryTransfer';
import { storageProblem } from './storageProblem';
import { useArticleHighlights } from './useArticleHighlights';
import { useRowDetails } from './useRowDetails';
import { useDebounced } from '../../hooks/useDebounced';
import { type PrefsStore, useReaderPrefs } from '../../hooks/useReaderPrefs';
import { t } from '../../utils/i18n/t';
import { sendMessage } from '../../utils/messaging/protocol';

interface Props {
  api: LibraryApi;
  /** The first screenful of the whole library, when main.ts read it before the page drew. */
  firstRows?: LibraryItem[];
  /** The rows shown are the stored copy of the first screen while the database opens (said to screen readers). */
  opening?: boolean;
  /** The reader's theme and text size, shared with the popup (extension storage; absent in component tests). */
  prefs?: PrefsStore | null;
}

/** The library page: filters and list on the left, the open article on the right. Data only through `api`. */
export function LibraryApp({ api, firstRows, opening = false, prefs: prefsStore = null }: Props) {
  const [prefs, changePrefs] = useReaderPrefs(prefsStore);
  const [search, setSearch] = useState('');
  const [site, setSite] = useState<string | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [read, setRead] = useState<ReadFilter>('all');
  const [activeIndex, setActiveIndex] = useState(0);
  const [open, setOpen] = useState<LibraryArticle | null>(null);
  /** The search an article was opened from: the reader scrolls to its first match. */
  const [openedFrom, setOpenedFrom] = useState('');
  const [status, setStatus] = useState<HTMLDivElement | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [storage, setStorage] = useState<StorageState>();
  // The list pane shows articles or, switched, every highlight; a highlight opened from it is scrolled to.
  const [view, setView] = useState<'articles' | 'highlights'>('articles');
  const [focusHighlight, setFocusHighlight] = useState<string | null>(null);

  const text = useDebounced(search.trim(), 150);
  const query = useMemo<LibraryQuery>(() => ({ text, site, tag, read }), [text, site, tag, read]);
  // The first screenful comes from a small query (or was read before the page drew), so the list draws at once;
  // the whole list replaces it. The whole list starts only once the first rows are in, so it cannot hold them up.
  const head = useLiveQuery(() => api.list(query, FIRST_ROWS), [api, query], firstRows);
  const headReady = head !== undefined;
  const all = useLiveQuery(() => (headReady ? api.list(query) : undefined), [api, query, headReady]);
  const items = all ?? head;
  // Facets and the storage meter wait for the first rows: at 10,000 articles they competed with the list for the
  // database and held up its first row.
  const facets = useLiveQuery(() => (headReady ? api.facets() : undefined), [api, headReady]);
  // Imported links waiting for their pages (utils/background/fetch/), and the background's queue fetching them.
  const links = useLiveQuery(() => (headReady && api.links ? api.links() : undefined), [api, headReady]);
  const fetchQueue = useFetchQueue();
  const details = useRowDetails(api, text);
  // Whether anything is saved at all, whatever the filters show (Export is disabled on an empty library).
  const anySaved = useLiveQuery(() => api.list(WHOLE_LIBRARY, 1), [api], firstRows?.slice(0, 1));
  const filtered = text !== '' || site !== null || tag !== null || read !== 'all';

  const refreshStorage = useCallback(() => void api.storage().then(setStorage, () => setStorage(undefined)), [api]);
  useEffect(() => {
    if (!headReady) return;
    refreshStorage();
    const timer = setInterval(refreshStorage, 30_000);
    return () => clearInterval(timer);
  }, [refreshStorage, headReady]);
  useEffect(() => setActiveIndex(0), [query]);

  /** Runs a write; a failure (full disk, closed database) becomes a message, and nothing else changes. */
  const guard = useCallback(async <T,>(write: () => Promise<T>): Promise<T | undefined> => {
    try {
      const result = await write();
      setProblem(null);
      return result;
    } catch (error) {
      setProblem(storageProblem(error));
      return undefined;
    }
  }, []);

  const highlights = useArticleHighlights(api, open?.id ?? null, guard);

  const write = async (change: () => Promise<void>) => (await guard(async () => (await change(), true))) === true;

  const openItem = async ({ id }: Pick<LibraryItem, 'id'>) => {
    const article = await guard(() => api.get(id));
    setFocusHighlight(null);
    if (article) {
      setOpenedFrom(text);
      setOpen(article);
    } else setProblem(t('lib_not_found'));
  };

  // Opened at the highlight rather than at the saved reading position.
  const openHighlight = async (articleId: string, highlightId: string) => {
    const article = await guard(() => api.get(articleId));
    if (!article) return setProblem(t('lib_not_found'));
    setFocusHighlight(highlightId);
    setOpen((current) => (current?.id === articleId ? current : { ...article, progress: 0 }));
  };

  const remove = async (item: LibraryItem) => {
    const restore = await guard(() => api.remove(item.id));
    if (!restore) return;
    if (open?.id === item.id) setOpen(null);
    refreshStorage();
    setToast({
      id: Date.now(),
      text: t('lib_deleted', item.title || item.url),
      action: { label: t('undo'), run: () => void guard(restore).then(refreshStorage) },
    });
  };

  /** Back to the list, with focus where the reader left it. */
  const close = () => {
    setOpen(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.lib-list')?.focus());
  };
  const dismissToast = useCallback(() => setToast(null), []);
  const update = (patch: Partial<LibraryArticle>) => setOpen((current) => current && { ...current, ...patch });

  return (
    <div
      className="lib"
      onKeyDown={(event) => {
        // Not when the highlight layer spent this Escape on a selection or its bar (it marks it handled).
        if (event.key === 'Escape' && open && !event.nativeEvent.defaultPrevented) close();
        // "/" jumps to search, as on many reading sites, unless the reader is typing somewhere.
        if (event.key === '/' && !(event.target instanceof HTMLInputElement)) {
          event.preventDefault();
          document.querySelector<HTMLInputElement>('.lib-search')?.focus();
        }
      }}
    >
      <header className="lib-header">
        <h1>{t('lib_title')}</h1>
        <button
          type="button"
          className="lib-view-highlights"
          aria-pressed={view === 'highlights'}
          onClick={() => setView(view === 'highlights' ? 'articles' : 'highlights')}
        >
          {t('hl_view')}
        </button>
        <LibraryFilters
          search={search}
          site={site}
          tag={tag}
          read={read}
          sites={facets?.sites ?? []}
          tags={facets?.tags ?? []}
          onSearch={setSearch}
          onSite={setSite}
          onTag={setTag}
          onRead={setRead}
        />
        <LibraryTransfer
          // The book is of the articles listed: a search or a tag picks its chapters. The other formats save the
          // whole library (they are backups and note folders).
          onExport={(format, options) =>
            api.exportAll(
              format,
              format === 'epub' && filtered ? { ...options, ids: (items ?? []).map((i) => i.id) } : options,
            )
          }
          canExport={(anySaved?.length ?? 1) > 0}
          status={status}
          onImport={async (file, options) => {
            const report = await api.importFile(file, options);
            refreshStorage();
            return report;
          }}
        />
      </header>
      {api.links && (
        <LibraryFetch links={links} queue={fetchQueue} send={(request) => sendMessage('fetchLinks', request)} />
      )}
      {/* Import and export progress and outcomes: apart from the header, so a long message never reflows it. */}
      <div className="lib-status" ref={setStatus} />
      {problem && (
        <div className="lib-problem" role="alert">
          {problem}{' '}
          <button type="button" onClick={() => setProblem(null)}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <main className={open ? 'lib-main is-reading' : 'lib-main'}>
        <section className="lib-list-pane" aria-label={t('list_pane')} aria-busy={opening}>
          {view === 'highlights' ? (
            <HighlightsView api={api} onOpen={(articleId, id) => void openHighlight(articleId, id)} />
          ) : (
            <LibraryList
              items={items}
              activeIndex={activeIndex}
              openId={open?.id ?? null}
              filtered={filtered}
              query={text}
              details={details}
              onActivate={setActiveIndex}
              onOpen={(item) => void openItem(item)}
              onDelete={(item) => void remove(item)}
            />
          )}
        </section>
        {open && (
          <LibraryReader
            key={open.id}
            article={open}
            highlights={highlights}
            focusHighlight={focusHighlight}
            find={openedFrom}
            prefs={prefs}
            onPrefs={changePrefs}
            onClose={close}
            onDelete={() => void remove(open)}
            onRead={(value) =>
              void write(() => api.setRead(open.id, value)).then((ok) => ok && update({ read: value }))
            }
            onTags={(tags) => void write(() => api.setTags(open.id, tags)).then((ok) => ok && update({ tags }))}
            onProgress={(progress) => void guard(() => api.setProgress(open.id, progress))}
          />
        )}
      </main>
      {/* Below the list, not in the header: its text arrives late and changes, and in the header it reflowed the filters. */}
      <footer className="lib-footer">
        <LibraryStorage state={storage} onPersist={() => void api.persist().then(refreshStorage)} />
        <a className="lib-settings-link" href="/options.html">
          {t('welcome_open_settings')}
        </a>
      </footer>
      <LibraryToast toast={toast} onDone={dismissToast} />
    </div>
  );
}
