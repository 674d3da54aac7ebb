import type { Figure } from './types';
import { countedNoun } from './counted-noun';
import { europeanLang, tables } from './languages';
import { plausibleDate } from './plausible-date';
import { unitAfter } from './units';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A month name ends a word: "Mark", "Janet" and "Augusta" are names, not March, January and August.
const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)(?![A-Za-z])';
const REL = '(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious|the previous|the following) (?:year|month)';
// Dates in the forms news uses: "June last year", "March 29", "1 September 2019", "Jan. 24, 2023", "2019-09-01",
// "in 2019", "by 2030", "the 1990s", "last month".
const DATE_RE = new RegExp(
  [
    `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
    `\\b(?:(\\d{1,2})(?:st|nd|rd|th)? (?:of )?)?(${MONTH})(?:\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:[-–]\\d{1,2})?\\b)?(?:,? (?:of )?(\\d{4})\\b| (${REL}))?`,
    `\\b(?:the )?(1[89]\\d0|20\\d0)s\\b`,
    // Years: 1800-2099 alone, older ones only after a preposition ("in 1688"); never after a currency sign.
    `(?<![$€£¥₹#.,\\d])\\b(?:(?:in|by|since|from|until|till|before|after|during|through|between|early|late|mid|mid-|fiscal|FY|end of|summer|winter|spring|autumn) (?=1[5-7])|(?:(?:in|by|since|from|until|till|before|after|during|through|of|between|early|late|mid|mid-|fiscal|FY|end of|summer|winter|spring|autumn) ?)?(?=1[89]|20))(\\d{4})(?:\\s?(BC|BCE|AD))?\\b`,
    `\\b(${REL})\\b`,
    `\\b(\\d{1,4})\\s?(BC|BCE)\\b`,
  ].join('|'),
  'g',
);

const QUALIFIER = /^(by|before|until|till|since|after|from)\b/i;
// Prepositions that make a capitalised word after a bare month a month all the same ("in April Congress voted");
// otherwise "By April Smith" and "with June Carter" are names.
const MONTH_PREP = /\b(?:in|since|until|during|early|late|mid|last|this|next|of|before|after)\s+$/i;
// The sentence speaks of the future, so a month without a year is the next one, not the last ("will open in March").
const FUTURE =
  /\b(?:will|won['’]t|shall|(?:is|are) (?:set|due|expected|scheduled|slated|poised|going) to|plans? to|upcoming|coming)\b|\w['’]ll\b/i;

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function relative(rel: string, pub: Date | null): { year: number; month?: number } | null {
  if (!pub) return null;
  const shift = /last|previous/i.test(rel) ? -1 : /next|following/i.test(rel) ? 1 : 0;
  if (/year/i.test(rel)) return { year: pub.getUTCFullYear() + shift };
  const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + shift, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

// Does the date's own clause speak of the future? Its words before the date up to a comma, or the few words
// right after it ("In September, the company will ship it"); a "will" later in a long sentence is another clause's.
function aboutFuture(text: string, at: number, to: number): boolean {
  const from = Math.max(0, at - 200);
  const before = text.slice(from, at).replace(/^[^]*[.!?;,\n]\s/, '');
  return (
    FUTURE.test(before) ||
    FUTURE.test(text.slice(to, to + 30).split(/[.!?;\n]|\b(?:that|which|who|because|but|when|while)\b/)[0]!)
  );
}

/**
 * Dates and years as figures of kind "date". Value is YYYY, YYYYMM or YYYYMMDD (year 0 when unknown) (unit "year", "month", "day");
 * relative dates ("June last year", "last month") resolve against `published` and are left out without it; a
 * `published` outside 1990 to a year from now is ignored. "by 2030" / "since 1993" keep their word as `qualifier`.
 */
export function findDates(text: string, published: string | null | undefined, lang?: string | null): Figure[] {
  const iso = plausibleDate(published);
  const pub = iso ? new Date(iso) : null;
  const out: Figure[] = [];
  // A bare month means the latest one not after publication ("In April" in an August article), or the next one not
  // before it when the sentence speaks of the future ("will open in March").
  const yearOf = (month: number, at: number, to: number, future?: number) => {
    if (!pub) return 0; // "March 29" in an undated text: month and day only
    const pm = pub.getUTCMonth() + 1;
    const y = pub.getUTCFullYear();
    return future || aboutFuture(text, at, to) ? y + (month < pm ? 1 : 0) : y - (month > pm ? 1 : 0);
  };
  const push = (start: number, end: number, year: number, month?: number, day?: number, decade?: unknown) =>
    out.push({
      kind: 'date',
      value: day && month ? year * 10000 + month * 100 + day : month ? year * 100 + month : year,
      unit: day && month ? 'day' : month ? 'month' : decade ? 'decade' : 'year',
      text: text.slice(start, end),
      start,
      end,
      sentence: '',
      score: 0,
    });
  // "14 octobre 2025", "3. März", "12 de mayo": the European chunk reads them; an English match inside one yields.
  const eu = europeanLang(lang);
  const local = (eu && tables.european?.dates(text, eu)) || [];
  for (const [start, end, day, month, year, future] of local)
    push(start, end, year || yearOf(month, start, end, future), month, day);
  for (const m of text.matchAll(DATE_RE)) {
    if (local.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
    let year: number | undefined;
    let month: number | undefined;
    let day: number | undefined;
    if (m[1]) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else if (m[5]) {
      if (m[5] === 'May' && !m[4] && !m[6] && !m[7] && !m[8]) continue; // the verb "may"
      if (
        !m[4] &&
        !m[6] &&
        !m[7] &&
        !m[8] &&
        !/^(?:in|since|by|until|from|last|this|next|early|late|mid|of|during|before|after|on) $/i.test(
          text.slice(Math.max(0, m.index - 7), m.index).replace(/^.*?(\w+ )$/, '$1'),
        )
      )
        continue;
      const bare = !m[4] && !m[6] && !m[7] && !m[8];
      if (
        bare &&
        /^ \p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
        !MONTH_PREP.test(text.slice(Math.max(0, m.index - 8), m.index))
      )
        continue;
      month = monthIndex(m[5]);
      day = Number(m[4] ?? m[6]) || undefined;
      if (m[7]) year = Number(m[7]);
      else if (m[8]) year = relative(m[8], pub)?.year;
      else year = yearOf(month, m.index, m.index + m[0].length);
    } else if (m[9]) {
      year = Number(m[9]);
    } else if (m[10]) {
      year = Number(m[10]) * (m[11] && /BC/i.test(m[11]) ? -1 : 1);
    } else if (m[13]) {
      year = -Number(m[13]);
    } else if (m[12]) {
      const r = relative(m[12], pub);
      if (!r) continue;
      [year, month] = [r.year, r.month];
    }
    if (year === undefined) continue;
    // "2,019" or "2019 people" are not years: a year stands free of grouping marks and counted nouns.
    const end = m.index + m[0].length;
    const range = m[10] ? /^\s*[-–]\s*\d[\d,.]*/.exec(text.slice(end, end + 12)) : null;
    if (
      m[10] &&
      (/^[,.]\d/.test(text.slice(end, end + 2)) ||
        countedNoun(text, end, false)?.noun.includes(' ') === false ||
        unitAfter(text, end) ||
        (range && unitAfter(text, end + range[0].length)))
    ) {
      continue;
    }
    push(m.index, end, year, month, day, m[9]);
    const date = out.at(-1)!;
    // "by 2022" is a deadline, not "less than 2022": the bounding word is kept as written.
    const word = QUALIFIER.exec(m[0].trimStart())?.[1]?.toLowerCase();
    if (word) date.qualifier = word === 'till' ? 'until' : (word as Figure['qualifier']);
  }
  return out;
}
