import { createContext, useCallback, useEffect, useState } from 'react';
import { DEFAULT_PREFS, MEASURE_CH, type ReaderPrefs } from '../utils/storage/reader-settings';

/** Where a page keeps the reader's prefs: extension storage in the pages, memory in component tests. */
export interface PrefsStore {
  load(): Promise<ReaderPrefs>;
  save(prefs: ReaderPrefs): Promise<void>;
  /** Changes made by another Sift page (the popup's theme reaches an open library at once). */
  watch?(onChange: (prefs: ReaderPrefs) => void): () => void;
}

/** The prefs and their setter for what sits inside an article (Listen's speed), provided by the screen showing it. */
export const ReaderPrefsContext = createContext<[ReaderPrefs, (next: ReaderPrefs) => void] | null>(null);

/**
 * The reader's prefs, applied to the whole document: <html data-theme> picks the colours of
 * components/article/theme.css (and its color-scheme); --sift-font-size, --sift-line-height, --sift-measure and
 * <html data-font> shape the text (components/article/article-view.css). `store` may arrive late
 * (the popup's api): until then the defaults (the system's theme) apply.
 */
export function useReaderPrefs(store: PrefsStore | null): [ReaderPrefs, (next: ReaderPrefs) => void] {
  const [prefs, setPrefs] = useState<ReaderPrefs>(DEFAULT_PREFS);

  useEffect(() => {
    if (!store) return;
    let live = true;
    void store.load().then(
      (loaded) => live && setPrefs(loaded),
      () => undefined,
    );
    const stop = store.watch?.((changed) => live && setPrefs(changed));
    return () => {
      live = false;
      stop?.();
    };
  }, [store]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = prefs.theme;
    root.dataset.font = prefs.font;
    root.style.setProperty('--sift-font-size', `${prefs.fontSize}px`);
    root.style.setProperty('--sift-line-height', String(prefs.lineHeight));
    root.style.setProperty('--sift-measure', `${MEASURE_CH[prefs.width]}ch`);
  }, [prefs]);

  const change = useCallback(
    (next: ReaderPrefs) => {
      setPrefs(next);
      void store?.save(next);
    },
    [store],
  );
  return [prefs, change];
}
