// Dates a page shows only as text ("18.11.2026, 14:05 Uhr", "2026-11-22 09:15", "18 de noviembre de 2026",
// "2026年11月22日"), in the languages Sift cleans. A date without a zone is the wall time where it was written:
// returned without a zone too, so it reads back as the same day and hour wherever it is shown.

const MONTH_NAMES: Record<string, number> = {};
const add = (month: number, ...names: string[]) => names.forEach((name) => (MONTH_NAMES[name] = month));
add(1, 'january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro');
add(2, 'february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'fev');
add(3, 'march', 'mar', 'märz', 'mär', 'maerz', 'mars', 'marzo', 'março', 'marco');
add(4, 'april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile');
add(5, 'may', 'mai', 'mayo', 'maggio', 'mag', 'maio');
add(6, 'june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho');
add(7, 'july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho');
add(8, 'august', 'aug', 'août', 'aout', 'agosto', 'ago');
add(9, 'september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set', 'settembre', 'setembro');
add(10, 'october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out');
add(11, 'november', 'nov', 'novembre', 'noviembre', 'novembro');
add(
  12,
  'december',
  'dec',
  'dezember',
  'dez',
  'décembre',
  'déc',
  'decembre',
  'diciembre',
  'dic',
  'dicembre',
  'dezembro',
);

const MONTH = `(${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const YEAR = '((?:19|20)\\d{2})';
// A time that follows its date: "14:05", "14.05 Uhr", "14h05", "2:05 PM", "09:15", after "um", "à", "alle", "at".
const TIME = `(?:[,\\sT|·•–-]*(?:um|à|a las|alle|às|at|kl\\.)?\\s*(\\d{1,2})[:.h時时](\\d{2})(?:\\s*(am|pm|a\\.m\\.|p\\.m\\.))?)?`;

interface Pattern {
  re: RegExp;
  /** Picks year, month, day from the match, and the index of the first time group. */
  parts(m: RegExpExecArray, monthFirst: boolean): [y: string, m: string, d: string];
  time: number;
}

const month = (name: string) => String(MONTH_NAMES[name.toLowerCase()] ?? 0);
const PATTERNS: Pattern[] = [
  // 2026-11-22 09:15 · 2026/11/22 · 2026.11.22
  {
    re: new RegExp(`\\b${YEAR}([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)${TIME}`, 'u'),
    parts: (m) => [m[1]!, m[3]!, m[4]!],
    time: 5,
  },
  // 2026年11月22日 09:15 (Chinese, Japanese)
  {
    re: new RegExp(`${YEAR}\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日[^\\d]{0,6}?${TIME}`, 'u'),
    parts: (m) => [m[1]!, m[2]!, m[3]!],
    time: 4,
  },
  // 18.11.2026, 14:05 Uhr: day first wherever dots are used
  {
    re: new RegExp(`\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?${YEAR}\\b${TIME}`, 'u'),
    parts: (m) => [m[3]!, m[2]!, m[1]!],
    time: 4,
  },
  // 18/11/2026 (day first) or 11/18/2026 (month first in American English)
  {
    re: new RegExp(`\\b(\\d{1,2})/(\\d{1,2})/${YEAR}\\b${TIME}`, 'u'),
    parts: (m, monthFirst) => (monthFirst && Number(m[1]) <= 12 ? [m[3]!, m[1]!, m[2]!] : [m[3]!, m[2]!, m[1]!]),
    time: 4,
  },
  // 18 November 2026 · 18. November 2026 · 18 de noviembre de 2026 · 1er janvier 2026 · 1º de maio de 2026
  {
    re: new RegExp(`\\b(\\d{1,2})(?:\\.|er|º|°)?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?${YEAR}\\b${TIME}`, 'iu'),
    parts: (m) => [m[3]!, month(m[2]!), m[1]!],
    time: 4,
  },
  // November 18, 2026 · Nov. 18 2026
  {
    re: new RegExp(`(?<!\\p{L})${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b${TIME}`, 'iu'),
    parts: (m) => [m[3]!, month(m[1]!), m[2]!],
    time: 4,
  },
];

export interface TextDate {
  /** "2026-11-18T14:05:00" (no zone), or "2026-11-18" when the text has no time. */
  value: string;
  /** Where the date starts in the text (bylines are cut there). */
  index: number;
}

/**
 * The first calendar date written in `text`, or null. `lang` says how to read "11/12/2026": month first only for
 * English (and not en-GB and the like, which write the day first).
 */
export function findTextDate(text: string, lang?: string | null): TextDate | null {
  const monthFirst = !lang || /^en(-US)?$/i.test(lang);
  let best: TextDate | null = null;
  for (const { re, parts, time } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const [y, mo, d] = parts(m, monthFirst).map(Number) as [number, number, number];
    if (!validDay(y, mo, d)) continue;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    const clock = clockOf(m[time], m[time + 1], m[time + 2]);
    best = { value: clock ? `${date}T${clock}:00` : date, index: m.index };
  }
  return best;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function clockOf(hours?: string, minutes?: string, half?: string): string | null {
  if (hours === undefined || minutes === undefined) return null;
  let h = Number(hours);
  const min = Number(minutes);
  if (half) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (/^p/i.test(half) ? 12 : 0);
  }
  return h < 24 && min < 60 ? `${pad(h)}:${pad(min)}` : null;
}
