// How the reader likes to read, one set for every Sift page that shows an article (popup, full tab, library): kept in
// extension storage so they agree, and a change on one reaches the others at once.
import { storage } from 'wxt/utils/storage';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type FontFamily = 'sans' | 'serif';
/** Line length: 'medium' is the comfortable 60-75 characters a line; the others either side of it. */
export type Measure = 'narrow' | 'medium' | 'wide';

export interface ReaderPrefs {
  /** 'system' follows prefers-color-scheme (light or dark). */
  theme: Theme;
  /** Body text size in CSS px. */
  fontSize: number;
  font: FontFamily;
  /** Unitless CSS line-height. */
  lineHeight: number;
  width: Measure;
  /** Read-aloud speed (SpeechSynthesisUtterance.rate). */
  speechRate: number;
}

export const DEFAULT_PREFS: ReaderPrefs = {
  theme: 'system',
  fontSize: 16,
  font: 'sans',
  lineHeight: 1.6,
  width: 'medium',
  speechRate: 1,
};
export const FONT_SIZES = { min: 12, max: 26, step: 2 } as const;
export const LINE_HEIGHTS = [1.4, 1.6, 1.8, 2] as const;
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 2] as const;
export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
export const MEASURES: readonly Measure[] = ['narrow', 'medium', 'wide'];
/**
 * The text column's max-width per measure, in `ch` (the width of '0', wider than the average letter of prose). Set
 * over a whole article's prose, 48ch held 57-59 letters a line in Chromium and Firefox (DejaVu Sans, the Debian
 * default), just under the comfortable 60-75; 55ch is about 66.
 */
export const MEASURE_CH: Record<Measure, number> = { narrow: 45, medium: 55, wide: 70 };

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

const oneOf = <T>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** The allowed value nearest to `value` (a hand-edited 1.7 becomes 1.6 or 1.8), or the fallback for a non-number. */
function nearest(allowed: readonly number[], value: unknown, fallback: number): number {
  const n = Number(value);
  if (value === null || value === undefined || value === '' || !Number.isFinite(n)) return fallback;
  return allowed.reduce((best, a) => (Math.abs(a - n) < Math.abs(best - n) ? a : best), allowed[0]!);
}

/**
 * Any stored value as valid prefs: what Sift stored before a setting existed (only theme and fontSize) gets that
 * setting's default, and a malformed field falls back alone, without resetting the others.
 */
export function normalizePrefs(value: Partial<ReaderPrefs> | null | undefined): ReaderPrefs {
  const size = Number(value?.fontSize);
  const fontSize = Number.isFinite(size)
    ? Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, Math.round(size)))
    : DEFAULT_PREFS.fontSize;
  return {
    theme: oneOf(THEMES, value?.theme, DEFAULT_PREFS.theme),
    fontSize,
    font: oneOf<FontFamily>(['sans', 'serif'], value?.font, DEFAULT_PREFS.font),
    lineHeight: nearest(LINE_HEIGHTS, value?.lineHeight, DEFAULT_PREFS.lineHeight),
    width: oneOf(MEASURES, value?.width, DEFAULT_PREFS.width),
    speechRate: nearest(SPEECH_RATES, value?.speechRate, DEFAULT_PREFS.speechRate),
  };
}
