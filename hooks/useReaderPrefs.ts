import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_PREFS, type ReaderPrefs } from '../utils/storage/reader-settings';

/** Where a page keeps the reader's prefs: extension storage in the pages, memory in component tests. */
export interface PrefsStore {
  load(): Promise<ReaderPrefs>;
  save(prefs: ReaderPrefs): Promise<void>;
  /** Changes made by another Sift page (the popup's theme reaches an open library at once). */
  watch?(onChange: (prefs: ReaderPrefs) => void): () => void;
}

/**
 * The reader's prefs, applied to the whole document: <html data-theme> picks the colours of
 * components/article/theme.css (and its color-scheme), --sift-font-size the text size. `store` may arrive late
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
    root.style.setProperty('--sift-font-size', `${prefs.fontSize}px`);
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
