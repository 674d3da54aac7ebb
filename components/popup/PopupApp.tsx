import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExtractResult } from '../../utils/article/types';
import type { SaveResult } from '../../utils/messaging/protocol';
import type { SavedEntry } from '../../utils/popup/saved-entry';
import { ReaderPrefsContext, useReaderPrefs } from '../../hooks/useReaderPrefs';
import { useReadingPosition } from '../../hooks/useReadingPosition';
import { SafeArticleView } from '../article/SafeArticleView';
import { CleanControls } from './CleanControls';
import { HiddenPanel } from './HiddenPanel';
import { PageMenu } from './PageMenu';
import { PageStatus } from './PageStatus';
import type { CleanState, PopupApi } from './PopupApi';
import { ReaderSettings } from '../article/ReaderSettings';
import { SaveButton, type SaveState } from './SaveButton';
import { usePopupHighlights } from './usePopupHighlights';
import { SavedTags } from './SavedTags';
import { SkipLink } from './SkipLink';
import './popup.css';
import { t } from '../../utils/i18n/t';

interface Props {
  /** Null until the api (target tab) is known: the shell draws before that. */
  api: PopupApi | null;
}

function hostnameOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** What the library knows of the page: undefined while asking. */
type Place = { saved: SavedEntry | null; progress: number };

/**
 * The popup (and its full-tab twin), article first: one row of controls (Save, Open in tab, Library, reading
 * settings, and the page's cleaning behind its hidden count), then the article or why there is none.
 */
export function PopupApp({ api }: Props) {
  const [result, setResult] = useState<ExtractResult | null>(null);
  const [clean, setClean] = useState<CleanState | null>(null);
  const prefsStore = useMemo(() => api && { load: api.loadPrefs, save: api.savePrefs }, [api]);
  const prefs = useReaderPrefs(prefsStore);
  const [undone, setUndone] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [place, setPlace] = useState<Place | undefined>(undefined);
  const main = useRef<HTMLElement>(null);

  const read = useCallback(
    async (force: boolean) => {
      if (!api) return;
      setResult(null);
      setResult(await api.read(force).catch((error: unknown) => failed(error)));
      setClean(await api.cleanState().catch(() => null));
    },
    [api],
  );

  useEffect(() => {
    if (!api) return;
    void read(false);
  }, [api, read]);

  // Timings for the bench (scripts/bench/popup-chromium.ts), read from the page's performance timeline.
  useEffect(() => void performance.mark('sift:shell'), []);
  useEffect(() => {
    if (result) performance.mark(result.ok ? 'sift:article-shown' : 'sift:status-shown');
  }, [result]);

  const article = result?.ok ? result.article : null;
  const canonical = article?.canonicalUrl ?? null;

  // Asked after the article is drawn, never before: whether it is saved (with its tags) and where it was left.
  useEffect(() => {
    setPlace(undefined);
    if (!api || !canonical) return;
    let live = true;
    void (async () => {
      const saved = await api.findSaved(canonical).catch(() => null);
      const progress = await api.loadPosition(canonical, saved).catch(() => 0);
      if (!live) return;
      setPlace({ saved, progress });
      if (saved) setSave({ kind: 'saved', updated: false, announce: false });
    })();
    return () => {
      live = false;
    };
  }, [api, canonical]);

  useReadingPosition(main, place && canonical ? canonical : '', place?.progress ?? 0, (progress) => {
    if (api && canonical && place) void api.savePosition(canonical, place.saved, progress);
  });

  // The full tab is named after its article, so the tab strip and history say what it is.
  useEffect(() => {
    if (api?.full && article) document.title = t('popup_tab_title', article.title);
  }, [api, article]);

  const onSave = async (): Promise<SaveResult | undefined> => {
    if (!api || !article) return undefined;
    setSave({ kind: 'saving' });
    const start = performance.now();
    const answer: SaveResult = await api.save(article);
    performance.measure('sift:save', { start, end: performance.now() });
    setSave(
      answer.ok
        ? { kind: 'saved', updated: !!answer.updated }
        : { kind: 'error', message: answer.error ?? 'unknown error' },
    );
    if (answer.ok && canonical) {
      const saved = await api.findSaved(canonical).catch(() => null);
      setPlace((p) => ({ saved, progress: p?.progress ?? 0 }));
    }
    return answer;
  };
  const onTags = (tags: string[]) => {
    const saved = place?.saved;
    if (!api || !saved) return;
    setPlace({ ...place, saved: { ...saved, tags } });
    void api.setSavedTags(saved.id, tags);
  };
  // Highlighting an unsaved page saves it first (usePopupHighlights says why).
  const highlights = usePopupHighlights(api, article, onSave);

  const hostname = hostnameOf(article?.url);
  // The page's cleaning acts on the tab behind the popup: not offered in the full tab (it would act on another tab),
  // nor where it would only say "Hidden: 0" (a browser page, a PDF, a page with nothing hidden).
  const pageMenu = !!clean && !!api && !api.full && (clean.hidden > 0 || !clean.siteEnabled || undone || !!article);
  return (
    <ReaderPrefsContext.Provider value={prefs}>
      <div className={`sift-app${api?.full ? ' sift-full' : ''}`}>
        <SkipLink main={main} />
        <header className="sift-toolbar" role="toolbar" aria-label="Sift">
          {article ? <SaveButton state={save} disabled={false} onSave={() => void onSave()} /> : null}
          {article && api && !api.full && api.tabId !== null ? (
            <button type="button" onClick={() => api.openInTab()}>
              {t('popup_open_in_tab')}
            </button>
          ) : null}
          <a href={api?.libraryUrl ?? 'library.html'} target="_blank" rel="noopener">
            {t('popup_library')}
          </a>
          {/* Beside popup.html in the build: the settings page (sites switched off, reading defaults, storage). */}
          <a href="options.html" target="_blank" rel="noopener" className="sift-settings-link">
            {t('welcome_open_settings')}
          </a>
          <span className="sift-toolbar-end">
            {pageMenu && clean && api ? (
              <PageMenu clean={clean}>
                <CleanControls
                  state={clean}
                  hostname={hostname}
                  undone={undone}
                  onShowEverything={async () => {
                    await api.showEverything();
                    setUndone(true);
                    setClean({ ...clean, hidden: 0 });
                  }}
                  onCleanAgain={async () => {
                    setClean({ ...clean, hidden: await api.cleanAgain() });
                    setUndone(false);
                  }}
                  onSiteEnabled={async (enabled) => {
                    if (!hostname) return;
                    await api.setSiteEnabled(hostname, enabled);
                    setClean(await api.cleanState());
                  }}
                />
                {clean.siteEnabled ? (
                  <HiddenPanel api={api} hostname={hostname} onChanged={() => void api.cleanState().then(setClean)} />
                ) : null}
              </PageMenu>
            ) : null}
            {article ? <ReaderSettings prefs={prefs[0]} onChange={prefs[1]} /> : null}
          </span>
          {save.kind === 'saved' && place?.saved ? <SavedTags tags={place.saved.tags} onChange={onTags} /> : null}
        </header>
        <main className="sift-main" id="sift-main" ref={main} aria-busy={result === null}>
          {result === null ? (
            <p className="sift-loading" role="status">
              {t('popup_reading')}
            </p>
          ) : result.ok ? (
            <SafeArticleView draft={result.article} highlights={highlights} />
          ) : (
            <PageStatus error={result.error} onShowAnyway={() => void read(true)} />
          )}
        </main>
      </div>
    </ReaderPrefsContext.Provider>
  );
}

function failed(error: unknown): ExtractResult {
  return { ok: false, error: { kind: 'no-content', message: `Sift could not read this page (${String(error)}).` } };
}
