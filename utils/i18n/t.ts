// Every string a reader sees, in the browser's UI language: public/_locales/<lang>/messages.json through
// browser.i18n. English is bundled as the fallback for where browser.i18n does not answer (Node tests, a key a
// locale lacks, which tests/unit/i18n/locales.test.ts refuses anyway).
import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';

export type MessageKey = Exclude<keyof typeof en, '@@bidi_dir'>;

// In the built extension browser.i18n always answers (English is the default locale, and the locales test keeps
// every key in every locale), so the English copy ships only where there is no browser.i18n: tests and the CLI.
// The build folds this to {} and drops the JSON (about 5 KB gzip in each context that shows text).
const FALLBACK: Partial<typeof en> = import.meta.env?.PROD ? {} : en;

/** The UI string `key`, with $1, $2… replaced by `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  let text = '';
  try {
    text = browser.i18n.getMessage(key, strings);
  } catch {
    // No browser.i18n here (unit tests): English below.
  }
  if (text) return text;
  // $ARG1$ names placeholder arg1, whose content "$1" is the first substitution (messages.json's own scheme).
  return (FALLBACK[key]?.message ?? key).replace(/\$ARG(\d)\$/g, (_, n: string) => strings[Number(n) - 1] ?? '');
}

/**
 * `lang` and `dir` of a Sift page follow the language its strings are shown in: the locale the browser picked
 * (its own tag, `locale_tag`), not the UI language itself, which may be one Sift has no strings for.
 */
export function applyUiLanguage(doc: Document, title?: string): void {
  doc.documentElement.lang = t('locale_tag');
  if (title) doc.title = title;
  let dir = '';
  try {
    dir = browser.i18n.getMessage('@@bidi_dir');
  } catch {
    // Node tests: left to right.
  }
  doc.documentElement.dir = dir === 'rtl' ? 'rtl' : 'ltr';
}
