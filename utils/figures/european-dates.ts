// Dates written the European way, for the lazy European chunk: "14 octobre 2025", "3. März", "12 de mayo de 2025",
// "5 maggio", "7 de setembro", "1er mars", "mayo de 2024". Without them "14 octobre" was a count of 14 "octobre".

// The twelve months of each language, in order; "|" between spellings of one month.
const NAMES: Record<string, string> = {
  de: 'januar|jänner februar märz april mai juni juli august september oktober november dezember',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  nl: 'januari februari maart april mei juni juli augustus september oktober november december',
};
// Words of a clause about the future: its date without a year is the next one ("wird am 3. März eröffnet").
const FUTURE_WORDS: Record<string, string> = {
  de: 'wird|werden|soll|sollen|geplant|ab dem',
  fr: 'sera|seront|doit|doivent|devra|va|vont|prévue?s?|à partir du',
  es: 'será|serán|va a|van a|prevé|previsto|vence|a partir del',
  it: 'sarà|saranno|dovrà|entrerà|previst[oa]|a partire dal',
  pt: 'será|serão|vai|vão|deverá|previst[oa]|a partir de',
  nl: 'zal|zullen|wordt|gepland|vanaf',
};
const FUTURE = Object.fromEntries(
  Object.entries(FUTURE_WORDS).map(([lang, w]) => [lang, new RegExp(`(?<!\\p{L})(?:${w})(?!\\p{L})`, 'iu')]),
);
const MONTHS = Object.fromEntries(Object.entries(NAMES).map(([lang, s]) => [lang, s.split(' ')]));
const RES: Record<string, RegExp> = {};

/** A date as written: where it stands, its day (0 when none), month (1-12), year (0 when none), and 1 when its
 * clause speaks of the future. */
export type EuropeanDate = [start: number, end: number, day: number, month: number, year: number, future: number];

/**
 * Dates in `text` written with a month name of `lang`: a day or a year must stand by the month, so "Mai" or "mars"
 * alone (a name, the planet, "may") is no date.
 */
export function findEuropeanDates(text: string, lang: string): EuropeanDate[] {
  const months = MONTHS[lang];
  if (!months) return [];
  RES[lang] ??= new RegExp(
    // "14 octobre", "3. März", "1er mars", "1º de maio", "12 de mayo", then "2025", "de 2025", "del 2025"
    `(?<![\\p{L}\\p{N}.,])(?:(\\d{1,2})(?:\\.|er|º|°)?\\s(?:de\\s)?)?(${months.join('|')})(?:,?\\s(?:de\\s|del\\s)?(\\d{4}))?(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const out: EuropeanDate[] = [];
  for (const m of text.matchAll(RES[lang])) {
    const day = Number(m[1] ?? 0);
    const year = Number(m[3] ?? 0);
    if ((!day && !year) || day > 31) continue;
    const name = m[2]!.toLowerCase();
    const month = months.findIndex((s) => s.split('|').includes(name)) + 1;
    // The clause before the date, back to the last stop or comma.
    const clause = text.slice(Math.max(0, m.index - 120), m.index).replace(/^[^]*[.!?;,\n]\s/, '');
    const future = !year && (FUTURE[lang]?.test(clause) ?? false) ? 1 : 0;
    out.push([m.index, m.index + m[0].length, day, month, year, future]);
  }
  return out;
}
