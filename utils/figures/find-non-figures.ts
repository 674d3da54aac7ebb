// Spans that hold digits but are not figures: phone numbers, clock times, list markers, and identifiers.
const SKIP_RE = new RegExp(
  [
    // phone numbers: "+44 20 7946 0958", "(212) 555-1234", "555-123-4567"
    '(?:\\+\\d{1,3}[\\s.-]?|\\(\\d{2,5}\\)\\s?)\\d{2,5}(?:[\\s.-]\\d{2,5}){1,3}',
    '\\b\\d{3}[.-]\\d{3}[.-]\\d{4}\\b',
    // clock times: "17:22", "10.45pm", "11 a.m.", "12:01 a.m. EDT", lap times "1:36.6"
    '\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:\\s?[ap]\\.?m\\.?)?',
    '\\b\\d{1,2}(?:[.]\\d{2})?\\s?(?:[ap]\\.m\\.|[ap]m\\b)',
    '\\b\\d{1,4}\\s?(?:GMT|BST|UTC|EDT|EST|CET|PST|PDT)\\b',
    // list markers at a line start: "1.", "2)"
    '(?:^|\\n)\\s*\\(?\\d{1,2}[.)](?=\\s)',
    // the second part of a standard or model code: "ISO 3888-2"
    '(?<=\\b[A-Z]{2,}[ -]\\d+)[-–]\\d+',
    // ISO dates and ids: "2019-09-01T10:38:07.190Z", "ISO 3888-2", "M21 9AB"
    '\\b\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z?',
  ].join('|'),
  'gm',
);

/** Character ranges that hold no figures (phone numbers, times, list markers). */
export function findNonFigures(text: string): [number, number][] {
  return [...text.matchAll(SKIP_RE)].map((m) => [m.index, m.index + m[0].length]);
}

// Words that may stand capitalised before a plain number without naming a thing ("About 1000 come from Asia").
const FUNCTION_WORDS = new Set(
  ('About Some Nearly Over Just Only All The In With At By For Of To Up Down Around Almost More Less Than And Or On ' +
    'From Since Until After Before Under Roughly Approximately Exactly Another Top Those These Her His Its Their Our ' +
    'My Your A An Was Is Are Were Had Has Have Be Been Said Says Each Every Per Last Next First Another Nearly Only ' +
    'Just Around Between Among Including Total Totalling Worth Of Some Estimated Almost Barely Fewer Least Most').split(' '),
);

/**
 * Is a plain number (no unit, no currency) an identifier? "iPhone 11", "S&P 500", "Covid-19", "Section 427",
 * "Game 2", "Big 12", "TA-35", jersey numbers "(4)", street numbers "575 Wilbraham Road".
 */
export function isIdentifier(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (/(?:\p{L}|&)[-–]?\s?[-−]?$/u.test(before) && !/\s$/.test(before) && !/minus-?$/i.test(before)) return true; // "TA-35", "COVID-19"
  const word = /([\p{L}&.][\p{L}\d&.'’]*)\s[-−]?$/u.exec(before)?.[1];
  if (word && /\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word) && !/^(?:[A-Z][a-z]+\.)$/.test(word)) return true;
  if (/(?:No\.|#|number|Nos?\.)\s?$/i.test(before)) return true;
  // Index names lose their capitals in some feeds: "the sp 500", "ftse 100", "cac40".
  if (/\b(?:s&?\s?p|ftse|nasdaq|stoxx|nikkei|dax|cac|hang seng|russell|msci|asx|nifty|sensex|kospi|ta-?)\s?$/i.test(before)) return true;
  if (/\($/.test(before) && /^\)/.test(after)) return true;
  if (/^ (?:[A-Z0-9][a-z0-9]* ){0,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Way|Boulevard|Blvd|Place|Square|Court)\b/.test(after)) return true;
  return false;
}
