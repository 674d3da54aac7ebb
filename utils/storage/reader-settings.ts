// How the reader likes to read: theme and font size, kept in extension storage so popup, full tab and library agree.
import { storage } from 'wxt/utils/storage';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';

export interface ReaderPrefs {
  /** 'system' follows prefers-color-scheme (light or dark). */
  theme: Theme;
  /** Body text size in CSS px. */
  fontSize: number;
}

export const DEFAULT_PREFS: ReaderPrefs = { theme: 'system', fontSize: 16 };
export const FONT_SIZES = { min: 12, max: 26, step: 2 } as const;

const item = storage.defineItem<ReaderPrefs>('local:readerPrefs', { fallback: DEFAULT_PREFS });

/** Stored prefs, with anything malformed (an old or hand-edited value) replaced by the default. */
export async function loadReaderPrefs(): Promise<ReaderPrefs> {
  return normalizePrefs(await item.getValue());
}

export async function saveReaderPrefs(prefs: ReaderPrefs): Promise<void> {
  await item.setValue(normalizePrefs(prefs));
}

/** Calls back with the new prefs whenever any page changes them, so popup, tab and library stay in step. */
export function watchReaderPrefs(onChange: (prefs: ReaderPrefs) => void): () => void {
  return item.watch((value) => onChange(normalizePrefs(value)));
}

export function normalizePrefs(value: Partial<ReaderPrefs> | null | undefined): ReaderPrefs {
  const themes: Theme[] = ['system', 'light', 'dark', 'sepia'];
  const theme = themes.includes(value?.theme as Theme) ? (value!.theme as Theme) : DEFAULT_PREFS.theme;
  const size = Number(value?.fontSize);
  const fontSize = Number.isFinite(size)
    ? Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, Math.round(size)))
    : DEFAULT_PREFS.fontSize;
  return { theme, fontSize };
}
