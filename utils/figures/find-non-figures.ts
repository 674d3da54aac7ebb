import { findIdioms } from './find-idioms';
import { findModelNames } from './find-model-names';
import { findPageChrome } from './find-page-chrome';
import { withEuropean } from './languages';

// Emergency and service numbers people are told to call, not a count ("called 100 voters", "rang 999 times").
const SHORT =
  '(?:000|1(?:00|01|02|08|10|11|12|19|22)|911|999|988|061|1[5-9])(?![\\d%]|[,.]\\d|\\s(?:(?!as\\b|is\\b|was\\b|has\\b|this\\b|its\\b)[a-z]+s|of|per|percent|million|thousand|hundred)\\b)';

// Spans that hold digits but are not figures: phone numbers, clock times, list markers, and identifiers.
const skipRe = withEuropean(
  (eu) =>
    new RegExp(
      [
        // phone numbers: "+44 20 7946 0958", "(212) 555-1234", "555-123-4567"
        '(?:\\+\\d{1,3}[\\s.-]?|\\(\\d{2,5}\\)\\s?)\\d{2,5}(?:[\\s.-]\\d{2,5}){1,3}',
        '\\b\\d{3}[.-]\\d{3}[.-]\\d{4}\\b',
        // "0800 123 4567", "020 7946 0958", "+1 (555) 010-2030": a count never starts with a zero
        '(?<![\\d.,])0\\d{2,4}(?:[ -]\\d{3,4}){1,2}(?![.,]?\\d)|\\+\\d{1,3} \\(\\d+\\) ?\\d+[ .-]\\d+',
        // a team's won-lost-tied record: "Riverton (1-0-2):"
        '\\(\\d+-\\d+-\\d+\\)',
        // clock times: "17:22", "10.45pm", "11 a.m.", "12:01 a.m. EDT", lap times "1:36.6"
        '\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:\\s?[ap]\\.?m\\.?)?',
        '\\b\\d{1,2}(?:[.]\\d{2})?\\s?(?:[ap]\\.m\\.|[ap]m\\b)',
        '\\b\\d{1,4}\\s?(?:GMT|BST|UTC|EDT|EST|CET|PST|PDT)\\b',
        // list markers at a line start: "1.", "2)"
        '(?:^|\\n)\\s*\\(?\\d{1,2}[.)](?=\\s)',
        // the second part of a standard or model code: "ISO 3888-2"
        '[-–](?<=\\b[A-Z]{2,}[ -]\\d+[-–])\\d+',
        // machine timestamps: "2019-09-01T10:38:07.190Z" (page chrome, not a date of the story)
        '\\b\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z?',
        // emergency and service numbers: "call 911", "dial 999 or 112", "a 911 call", "the helpline on 0800 555 111"
        `(?=\\d)(?<=\\b(?:[Cc]all(?:ed|ing|s)?|[Dd]ial(?:l?ed|l?ing|s)?|[Rr]ing|[Pp]hone|[Tt]ext)\\s(?:the\\s)?(?:police\\s|an ambulance\\s)?(?:on\\s)?)${SHORT}(?:\\s?(?:or|and|/|,)\\s?${SHORT})*`,
        `\\b(?:911|999|112|000|111|101|988|110|119)(?=[- ](?:calls?|callers?|call-?handlers?|operators?|dispatch\\w*|lines?|services?|numbers?|hotline|emergenc\\w*|centre|center)\\b)`,
        `(?=\\d)(?<=\\b(?:[Ee]mergency (?:number|line|services?)|[Hh]otline|[Hh]elpline|[Ll]ifeline${eu('emergency')})(?: is| on| at|:)?\\s)\\d[\\d -]{1,14}\\d`,
      ].join('|'),
      'gm',
    ),
);

/**
 * Character ranges that hold no figures: phone and emergency numbers, times, list markers, model and version
 * names, sayings ("in two minds") and page chrome (view counters, "Image 1 of 13", datelines).
 */
export function findNonFigures(text: string): [number, number][] {
  const spans: [number, number][] = [...text.matchAll(skipRe())].map((m) => [m.index, m.index + m[0].length]);
  return [...spans, ...findModelNames(text), ...findIdioms(text), ...findPageChrome(text)];
}

// Words that may stand capitalised before a plain number without naming a thing ("About 1000 come from Asia").
const FUNCTION_WORDS = new Set(
  (
    'About Some Nearly Over Just Only All The In With At By For Of To Up Down Around Almost More Less Than And Or On ' +
    'From Since Until After Before Under Roughly Approximately Exactly Another Top Those These Her His Its Their Our ' +
    'My Your A An Was Is Are Were Had Has Have Be Been Said Says Each Every Per Last Next First Between Among ' +
    'Including Total Totalling Worth Estimated Barely Fewer Least Most'
  ).split(' '),
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
  if (
    /\b(?:s&?\s?p|ftse|nasdaq|stoxx|nikkei|dax|cac|hang seng|russell|msci|asx|nifty|sensex|kospi|ta-?)\s?$/i.test(
      before,
    )
  )
    return true;
  if (/\($/.test(before) && /^\)/.test(after)) return true;
  if (
    /^ (?:[A-Z0-9][a-z0-9]* ){0,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Way|Boulevard|Blvd|Place|Square|Court)\b/.test(
      after,
    )
  )
    return true;
  return false;
}

// Words that name a numbered thing, not a count: "Section 230 protections", "Article 50 talks", "Year 11 pupils".
const REFERENCE =
  /\b(?:Section|Sec\.|Article|Art\.|Title|Chapter|Clause|Rule|Part|Paragraph|Para\.|Schedule|Amendment|Proposition|Prop|Directive|Regulation|Route|Highway|Interstate|Flight|Channel|Version|Series|Model|Mark|Mk|Game|Round|Week|Matchday|Season|Episode|Volume|Vol\.|Issue|Psalms?|Room|Gate|Terminal|Platform|Pier|Year|Windows|Android|Xbox|PlayStation|Galaxy|Pixel|Boeing|Airbus|§)\s?$/;
// The European languages' words for them ("Artikel 5", "Capítulo 3") join once their tables load.
const europeanReference = withEuropean((eu) => new RegExp(`\\b(?:§${eu('reference')})\\s?$`));
const DETERMINER_NAME =
  /\b(?:the|a|an|new|latest|older|his|her|its|their|our|your|my|every|each|any|all|of|with|whose)\s(\p{Lu}\p{Ll}+) $/u;
const NOT_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * Is a number with a counted noun part of a name? "Section 230 shields", "Windows 11 users", "FTSE 100 firms":
 * a word naming a numbered thing, a brand-shaped word (capitals inside) or a capitalised word after a determiner
 * just before it ("the Galaxy 5 owners"); not a function word, a weekday or a month ("On Monday 300 workers").
 */
export function isNamedCount(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (REFERENCE.test(before) || europeanReference().test(before)) return true;
  if (/(?:\b[A-Z]{2,}|[a-z][A-Z]\w*) $/.test(before.slice(-12)) && isIdentifier(text, start, end)) return true;
  // Only after a determiner: "In Britain 300 hospitals closed" names a place, not a product.
  const m = DETERMINER_NAME.exec(before);
  return !!m && !FUNCTION_WORDS.has(m[1]!) && !NOT_NAME.test(m[1]!) && isIdentifier(text, start, end);
}
