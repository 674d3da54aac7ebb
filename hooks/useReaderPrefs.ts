import { createContext, useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_PREFS, MEASURE_CH, type ReaderPrefs } from '../utils/storage/reader-settings';

/** Where a page keeps the reader's prefs: extension storage in the pages, memory in component tests. */
export interface PrefsStore {
  load(): Promise<ReaderPrefs>;
  save(prefs: ReaderPrefs): Promise<void>;
  /** Changes made by another Sift page (the popup's theme reaches an open library at once). */
  watch?(onChange: (prefs: ReaderPrefs) => void): () => void;
}

/** The prefs and their setter for what sits inside an article (Listen's speed), provided by the screen showing it. */
export const ReaderPrefsContext = createContext<[ReaderPrefs, (patch: Partial<ReaderPrefs>) => void] | null>(null);

/**
 * The reader's prefs, applied to the whole document: <html data-theme> picks the colours of
 * components/article/theme.css (and its color-scheme); --sift-font-size, --sift-line-height, --sift-measure and
 * <html data-font> shape the text (components/article/article-view.css). `store` may arrive late
 * (the popup's api): until then the defaults (the system's theme) apply.
 */
export function useReaderPrefs(store: PrefsStore | null): [ReaderPrefs, (patch: Partial<ReaderPrefs>) => void] {
  const [prefs, setPrefsState] = useState<ReaderPrefs>(DEFAULT_PREFS);
  // The latest prefs, so two changes before the next render (a fast reader, a test) each build on the other.
  const latest = useRef(prefs);
  // Prefs this page saved and whose storage echo has not come back: an echo of an older one of them must not undo a
  // newer change made meanwhile (three quick changes would flicker back to the first).
  const ownSaves = useRef<string[]>([]);
  const setPrefs = useCallback((next: ReaderPrefs) => {
    latest.current = next;
    setPrefsState(next);
  }, []);

  useEffect(() => {
    if (!store) return;
    let live = true;
    void store.load().then(
      (loaded) => live && setPrefs(loaded),
      () => undefined,
    );
    const stop = store.watch?.((changed) => {
      const echo = ownSaves.current.indexOf(prefsKey(changed));
      if (echo >= 0) ownSaves.current.splice(0, echo + 1);
      else if (live) setPrefs(changed);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [store, setPrefs]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = prefs.theme;
    root.dataset.font = prefs.font;
    root.style.setProperty('--sift-font-size', `${prefs.fontSize}px`);
    root.style.setProperty('--sift-line-height', String(prefs.lineHeight));
    root.style.setProperty('--sift-measure', `${MEASURE_CH[prefs.width]}ch`);
  }, [prefs]);

  const change = useCallback(
    (patch: Partial<ReaderPrefs>) => {
      const next = { ...latest.current, ...patch };
      setPrefs(next);
      if (store?.watch) ownSaves.current.push(prefsKey(next));
      void store?.save(next);
    },
    [store, setPrefs],
  );
  return [prefs, change];
}

/** The same prefs give the same key, whatever order their fields were written in. */
function prefsKey(prefs: ReaderPrefs): string {
  return JSON.stringify(Object.entries(prefs).sort(([a], [b]) => a.localeCompare(b)));
}
