import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ExtractResult } from '../../utils/article/types';
import type { SaveResult } from '../../utils/messaging/protocol';
import { useReaderPrefs } from '../../hooks/useReaderPrefs';
import { SafeArticleView } from '../article/SafeArticleView';
import { CleanControls } from './CleanControls';
import { HiddenPanel } from './HiddenPanel';
import { PageStatus } from './PageStatus';
import type { CleanState, PopupApi } from './PopupApi';
import { ReaderSettings } from '../article/ReaderSettings';
import { SaveButton, type SaveState } from './SaveButton';
import { usePopupHighlights } from './usePopupHighlights';
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

/** The popup (and its full-tab twin): toolbar, cleaning controls, and the article or why there is none. */
export function PopupApp({ api }: Props) {
  const [result, setResult] = useState<ExtractResult | null>(null);
  const [clean, setClean] = useState<CleanState | null>(null);
  const prefsStore = useMemo(() => api && { load: api.loadPrefs, save: api.savePrefs }, [api]);
  const [prefs, changePrefs] = useReaderPrefs(prefsStore);
  const [undone, setUndone] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

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
    return answer;
  };
  // Highlighting an unsaved page saves it first (usePopupHighlights says why).
  const highlights = usePopupHighlights(api, article, onSave);

  const hostname = hostnameOf(article?.url);
  return (
    <div className={`sift-app${api?.full ? ' sift-full' : ''}`}>
      <header className="sift-toolbar" role="toolbar" aria-label="Sift">
        <span className="sift-brand" aria-hidden="true">
          Sift
        </span>
        <SaveButton state={save} disabled={!article} onSave={() => void onSave()} />
        {api && !api.full && api.tabId !== null ? (
          <button type="button" onClick={() => api.openInTab()}>
            {t('popup_open_in_tab')}
          </button>
        ) : null}
        <a href={api?.libraryUrl ?? 'library.html'} target="_blank" rel="noopener">
          {t('popup_library')}
        </a>
        <ReaderSettings prefs={prefs} onChange={changePrefs} />
      </header>
      {clean && api ? (
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
      ) : null}
      {clean?.siteEnabled && api ? (
        <HiddenPanel api={api} hostname={hostname} onChanged={() => void api.cleanState().then(setClean)} />
      ) : null}
      <main className="sift-main" aria-busy={result === null}>
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
  );
}

function failed(error: unknown): ExtractResult {
  return { ok: false, error: { kind: 'no-content', message: `Sift could not read this page (${String(error)}).` } };
}
