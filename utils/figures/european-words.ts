// Number words and magnitudes of the European languages Sift reads besides English: German, French, Spanish,
// Italian, Portuguese and Dutch. Each table is used only for its own language ("sei" is six in Italian, "mil" a
// thousand in Spanish but a million in "RM3mil"), chosen by the article's `lang`.

/** Languages whose figures Sift can read; an article in any other language shows no figures. */
const READABLE = /^(?:en|de|fr|es|it|pt|nl|zh|ja)(?:[-_]|$)/i;

/** Can Sift read figures in this language? Unknown (null) is read as English or by its script. */
export function canRead(lang: string | null | undefined): boolean {
  return !lang || READABLE.test(lang.trim());
}

type Table = Record<string, number>;
// "ein", "un", "uno", "um" are also articles: they count only before a magnitude ("eine Million").
const ARTICLES = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'un', 'une', 'uno', 'una', 'um', 'uma', 'een']);
const WORDS: Record<string, Table> = {
  de: {
    ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100, tausend: 1e3,
  },
  fr: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
    douze: 12, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100, cents: 100, mille: 1e3,
  },
  es: {
    un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    once: 11, doce: 12, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100, ciento: 100, mil: 1e3,
  },
  it: {
    un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
    undici: 11, dodici: 12, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, cento: 100, mille: 1e3, mila: 1e3,
  },
  pt: {
    um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
    onze: 11, doze: 12, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, cem: 100, cento: 100, mil: 1e3,
  },
  nl: {
    een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
    twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100, duizend: 1e3,
  },
};
// Magnitudes written after a number, words or digits: "zwei Millionen", "3,2 milliards", "5 Mio.", "mil millones".
// The long scale: German "Billion", French "billion", Spanish "billón" are 10^12.
const MAGNITUDES: Record<string, Table> = {
  de: { million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, billion: 1e12, billionen: 1e12, tsd: 1e3, tausend: 1e3 },
  fr: { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, mrd: 1e9, billion: 1e12, billions: 1e12, mille: 1e3 },
  es: { millón: 1e6, millones: 1e6, 'mil millones': 1e9, millardo: 1e9, millardos: 1e9, billón: 1e12, billones: 1e12, mil: 1e3, mdd: 1e6 },
  it: { milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, mila: 1e3, mille: 1e3 },
  pt: { milhão: 1e6, milhões: 1e6, 'mil milhões': 1e9, bilhão: 1e9, bilhões: 1e9, bilião: 1e12, biliões: 1e12, mil: 1e3, mi: 1e6, bi: 1e9 },
  nl: { miljoen: 1e6, miljoenen: 1e6, mln: 1e6, miljard: 1e9, miljarden: 1e9, mld: 1e9, biljoen: 1e12, duizend: 1e3 },
};

/** The two-letter language of a tag, when it has tables here. */
export function europeanLang(lang: string | null | undefined): string | null {
  const l = lang?.trim().slice(0, 2).toLowerCase();
  return l && WORDS[l] ? l : null;
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
    const parts = m[0].toLowerCase().split(/[ -]+/).filter((w) => !/^(?:et|y|e)$/.test(w));
    if (parts.length === 1 && (ARTICLES.has(parts[0]!) || (mags[parts[0]!] && !words[parts[0]!]))) continue; // "eine", "millones" alone
    if (/^cent[oa]?$|^ciento$/.test(parts[0]!) && /(?:pour|por|per)\s$/i.test(text.slice(m.index - 5, m.index))) continue;
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
