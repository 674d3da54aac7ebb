// The figures of other languages than English need tables (number words, units, the Chinese and Japanese reader)
// that an English article never uses. They register here when loaded, so the English core stays small: callers
// that may meet other languages `await loadFiguresFor(lang, text)` before the synchronous `extractFigures`, and
// `./all-languages` loads every table at once for the command line and the tests. The lazy chunks import nothing
// from the core but types (see `CjkCore`), so the core stays one chunk.
import type { Figure } from './types';
import type { Draft } from './read-figure';

export interface EuropeanTables {
  /** Numbers in words: [start, end, value, scale factor of the last word]. */
  words(text: string, lang: string): [number, number, number, number][];
  magnitude(text: string, pos: number, lang: string): { factor: number; length: number } | null;
  /** The unit's English name; its kind comes from the core's tables (`kindOfUnit`). */
  unit(text: string, pos: number, lang: string): { name: string; length: number } | null;
  noun(text: string, pos: number, lang: string): { noun: string; end: number } | null;
  /** Articles, prepositions, conjunctions and auxiliaries: a label may not open or close with one. */
  functionWords: Set<string>;
  /** Dates with a month name: [start, end, day or 0, month, year or 0, 1 when its clause speaks of the future]. */
  dates(text: string, lang: string): [number, number, number, number, number, number][];
  /** Words the English core's own patterns take in once these tables are loaded (see `withEuropean`). */
  patterns: EuropeanPatterns;
}

/** Regex alternatives (or, for `currencies`, table rows) in the European languages for the core's patterns. */
export interface EuropeanPatterns {
  idioms: string;
  currencies: string;
  social: string;
  gallery: string;
  reading: string;
  published: string;
  emergency: string;
  reference: string;
}

/**
 * What the Chinese and Japanese reader borrows from the core, handed to it by the caller: a lazy chunk that imported
 * them would make the bundler split them out of the core into a shared chunk every English article loads too.
 */
export interface CjkCore {
  kindOfUnit(name: string): Figure['kind'];
  currencyBefore(text: string, pos: number): { code: string; start: number } | null;
  cjkChar: RegExp;
}

/** The Chinese and Japanese reader: the figures of a text, and the label of a figure at `at` of its sentence. */
export interface CjkTables {
  figures(text: string, core: CjkCore): Draft[];
  label(sentence: string, at: number): string;
}

/** The loaded tables; null until their language is loaded. */
export const tables: { european: EuropeanTables | null; cjk: CjkTables | null } = {
  european: null,
  cjk: null,
};

/**
 * A value the core builds from its English words and, once the European tables are loaded, theirs: built on first
 * use and again when the tables arrive, so an English article's popup carries no European words. `eu(key)` is
 * "|" and the European alternatives, or "" before they load.
 */
export function withEuropean<T>(make: (eu: (key: keyof EuropeanPatterns) => string) => T): () => T {
  let from: EuropeanTables | null | undefined;
  let value!: T;
  return () => {
    if (from !== tables.european) {
      from = tables.european;
      value = make((key) => (from ? `|${from.patterns[key]}` : ''));
    }
    return value;
  };
}

/** Languages whose figures Sift can read; an article in any other language shows no figures. */
const READABLE = /^(?:en|de|fr|es|it|pt|nl|zh|ja)(?:[-_]|$)/i;
const EUROPEAN = /^(?:de|fr|es|it|pt|nl)$/;
/** Han or kana: the text needs the Chinese and Japanese reader whatever its declared language. */
export const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** Can Sift read figures in this language? Unknown (null) is read as English or by its script. */
export function canRead(lang: string | null | undefined): boolean {
  return !lang || READABLE.test(lang.trim());
}

/** The two-letter language of a tag, when it has European tables. */
export function europeanLang(lang: string | null | undefined): string | null {
  const l = lang?.trim().slice(0, 2).toLowerCase();
  return l && EUROPEAN.test(l) ? l : null;
}

const isCjk = (lang: string | null | undefined, text: string) =>
  /^(?:zh|ja)\b/i.test(lang?.trim() ?? '') || CJK_CHAR.test(text);

/** Whether `loadFiguresFor(lang, text)` has anything left to load (the panel asks before it labels saved figures). */
export function tablesMissing(lang: string | null | undefined, text = ''): boolean {
  return (!tables.european && !!europeanLang(lang)) || (!tables.cjk && isCjk(lang, text));
}

/**
 * Loads the tables an article in `lang` with this `text` needs (none for English): a separate chunk per family,
 * fetched once. Await it before `extractFigures` wherever a page may not be English.
 */
export async function loadFiguresFor(lang: string | null | undefined, text = ''): Promise<void> {
  const jobs: Promise<unknown>[] = [];
  if (!tables.european && europeanLang(lang))
    jobs.push(import('./european').then((m) => (tables.european = m.european)));
  if (!tables.cjk && isCjk(lang, text)) jobs.push(import('./cjk').then((m) => (tables.cjk = m.cjk)));
  await Promise.all(jobs);
}
