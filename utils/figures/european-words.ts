// Number words and magnitudes of the European languages Sift reads besides English: German, French, Spanish,
// Italian, Portuguese and Dutch. Each table is used only for its own language ("sei" is six in Italian, "mil" a
// thousand in Spanish but a million in "RM3mil"), chosen by the article's `lang`.

type Table = Record<string, number>;
// "ein", "un", "uno", "um" are also articles: they count only before a magnitude ("eine Million").
const ARTICLES = new Set('ein eine einen einem einer eines un une uno una um uma een'.split(' '));
// Words for 1-12, 20, 30, 40, 50, 100 and 1000 in that order; variants of one number joined by "/".
const VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 30, 40, 50, 100, 1e3];
const WORD_LISTS: Record<string, string> = {
  de:
    'ein/eine/einen/einem/einer/eines zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig ' +
    'vierzig fünfzig hundert tausend',
  fr:
    'un/une deux trois quatre cinq six sept huit neuf dix onze douze vingt trente quarante cinquante ' +
    'cent/cents mille',
  es:
    'un/uno/una dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta cincuenta ' +
    'cien/ciento mil',
  it:
    'un/uno/una due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta quaranta ' +
    'cinquanta cento mille/mila',
  pt:
    'um/uma dois/duas três quatro cinco seis sete oito nove dez onze doze vinte trinta quarenta cinquenta ' +
    'cem/cento mil',
  nl: 'een twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig honderd duizend',
};
// Magnitudes written after a number, words or digits: "zwei Millionen", "3,2 milliards", "5 Mio.", "mil millones"
// (word/word=power of ten). The long scale: German "Billion", French "billion", Spanish "billón" are 10^12.
const MAGNITUDE_LISTS: Record<string, string> = {
  de: 'million/millionen/mio=6 milliarde/milliarden/mrd=9 billion/billionen=12 tsd/tausend=3',
  fr: 'million/millions=6 milliard/milliards/md/mds/mrd=9 billion/billions=12 mille=3',
  es: 'millón/millones/mdd=6 mil millones/millardo/millardos=9 billón/billones=12 mil=3',
  it: 'milione/milioni/mln=6 miliardo/miliardi/mld=9 mila/mille=3',
  pt: 'milhão/milhões/mi=6 mil milhões/bilhão/bilhões/bi=9 bilião/biliões=12 mil=3',
  nl: 'miljoen/miljoenen/mln=6 miljard/miljarden/mld=9 biljoen=12 duizend=3',
};
const WORDS: Record<string, Table> = {};
const MAGNITUDES: Record<string, Table> = {};
for (const lang of Object.keys(WORD_LISTS)) {
  WORDS[lang] = {};
  WORD_LISTS[lang]!.split(' ').forEach((ws, i) => ws.split('/').forEach((w) => (WORDS[lang]![w] = VALUES[i]!)));
  MAGNITUDES[lang] = {};
  for (const entry of MAGNITUDE_LISTS[lang]!.split(/(?<==\d+) /)) {
    const [ws, power] = entry.split('=') as [string, string];
    for (const w of ws.split('/')) MAGNITUDES[lang]![w] = 10 ** Number(power);
  }
}

const cache = new Map<string, { words: RegExp; magnitude: RegExp }>();
const alt = (keys: string[]) => keys.sort((a, b) => b.length - a.length).join('|');
function regexes(lang: string) {
  let r = cache.get(lang);
  if (!r) {
    const all = alt([...Object.keys(WORDS[lang]!), ...Object.keys(MAGNITUDES[lang]!)]);
    const tens = alt(Object.keys(WORDS[lang]!).filter((w) => WORDS[lang]![w]! >= 20));
    r = {
      // A run of number words joined by blanks or hyphens, or by "et"/"y"/"e" after tens and hundreds ("vingt et un",
      // "treinta y dos", "cento e dieci"); "dos y tres" stays two numbers.
      words: new RegExp(
        `(?<![\\p{L}\\d])(?:${all})(?:[ -](?:${all})|(?<=${tens})[ -](?:et|y|e)[ -](?:${all}))*(?![\\p{L}\\d])`,
        'giu',
      ),
      magnitude: new RegExp(`^\\s?(?:${alt(Object.keys(MAGNITUDES[lang]!))})(?:\\.(?!\\d))?(?![\\p{L}])`, 'iu'),
    };
    cache.set(lang, r);
  }
  return r;
}

/** Numbers written in words in a European language, as [start, end, value, scale factor of its last word]. */
export function findEuropeanWords(text: string, lang: string): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  const words = WORDS[lang]!;
  const mags = MAGNITUDES[lang]!;
  for (const m of text.matchAll(regexes(lang).words)) {
    if (/\d[\s\u00a0]?$/.test(text.slice(m.index - 2, m.index))) continue; // "3 mil milhões": the digits' magnitude
    const parts = m[0]
      .toLowerCase()
      .split(/[ -]+/)
      .filter((w) => !/^(?:et|y|e)$/.test(w));
    // "eine" or "millones" alone, and the "cent" of "pour cent"
    const w0 = parts[0]!;
    if (parts.length === 1 && (ARTICLES.has(w0) || (mags[w0] && !words[w0]))) continue;
    if (/^cent[oa]?$|^ciento$/.test(w0) && /(?:pour|por|per)\s$/i.test(text.slice(m.index - 5, m.index))) continue;
    let total = 0;
    let current = 0;
    let last = 1;
    for (let i = 0; i < parts.length; i++) {
      const w = parts[i]!;
      const two = `${w} ${parts[i + 1] ?? ''}`;
      const scale = mags[two] ?? mags[w] ?? (words[w]! >= 100 ? words[w] : undefined);
      if (mags[two]) i++;
      if (scale && scale >= 100) {
        current = (current || 1) * scale;
        if (scale >= 1e3) [total, current] = [total + current, 0];
        last = scale;
      } else {
        current += words[w] ?? 0;
        last = 1;
      }
    }
    out.push([m.index, m.index + m[0].length, total + current, last]);
  }
  return out;
}

/** A magnitude after a number in the article's language ("Millionen", "Mio.", "mil millones"), or null. */
export function europeanMagnitude(text: string, pos: number, lang: string): { factor: number; length: number } | null {
  const m = regexes(lang).magnitude.exec(text.slice(pos, pos + 16));
  if (!m) return null;
  const word = m[0].trim().replace(/\.$/, '').toLowerCase().replace(/\s+/g, ' ');
  const factor = MAGNITUDES[lang]![word];
  // The dot belongs to an abbreviation ("3 Mio. Euro"), not to a word ending the sentence ("67 Millionen.").
  const dot = m[0].endsWith('.') && word.length > 4 ? 1 : 0;
  return factor ? { factor, length: m[0].length - dot } : null;
}
