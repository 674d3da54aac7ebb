// Product, model and version names hold digits that count nothing: "A321-200", "Boeing 737-800", "PS5",
// "iOS 17.2.1", "version 2.0". Letters glued to a number are dropped where numbers are read; these are the parts
// that stand apart from the letters.
const MODEL_RE = new RegExp(
  [
    // the variant after a glued code: "A321-200", "A350-1000", "Tu-154M" (the code itself is never a figure)
    '[-–](?<=\\b[A-Z][A-Za-z]{0,8}-?\\d{1,5}[A-Za-z]{0,3}[-–])\\d+[A-Za-z]*',
    // consoles: "PS5" (not a price in pounds folded to "PS": "PS5m", "PS5.99")
    '\\bPS[1-5](?![\\d.,]|\\s?(?:m|bn|k|million|billion)\\b)',
    // versions: "version 2.0", "v17.2", "update 4.1", "iOS 17.2.1"
    '(?=\\d)(?<=\\b(?:[Vv]ersion|[Vv]er\\.|[Vv]|[Rr]elease|[Uu]pdate|[Bb]uild|[Ff]irmware|[Pp]atch|[Vv]ersión|[Vv]ersione|[Vv]ersão)\\s?)\\d+(?:\\.\\d+)+',
    '(?=\\d)(?<![\\d.,])\\d{1,2}\\.\\d{1,2}\\.\\d{1,2}(?![\\d.,])',
  ].join('|'),
  'g',
);
// A maker's name before a model number with a variant: "Boeing 737-800", "Cessna 172-S".
const MAKER_MODEL_RE = /(?=\d)(?<=\b([A-Z][a-z]{1,15}) )\d{3,4}[-–]\d{1,4}[A-Za-z]*(?![\d%])/g;
// Words that may stand capitalised before a year span or a range, "From 2010-2015", "Between 100-200".
const NOT_MAKER =
  /^(?:From|Between|In|By|Since|Until|Of|Around|About|Some|Nearly|Over|Under|Only|Just|Almost|Roughly|Approximately|Ages?|Aged|Rooms?|Pages?|Seasons?)$/;

/** Character ranges of product, model and version names. */
export function findModelNames(text: string): [number, number][] {
  const out: [number, number][] = [...text.matchAll(MODEL_RE)].map((m) => [m.index, m.index + m[0].length]);
  for (const m of text.matchAll(MAKER_MODEL_RE)) {
    if (!NOT_MAKER.test(m[1]!)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

// Quantities that stand in a product's or a technology's name: read as figures (a reader may look them up), never
// a story's key figure. "5G", "the 16-inch MacBook Pro", "13-inch models", "a .45-caliber handgun", "9mm pistol".
const PRODUCT_RE = new RegExp(
  [
    '^[2-6]G(?![\\p{L}\\p{N}])',
    // a picture standard, as 5G is a network's: "4K HDR", "at 4K and 60fps", "8K TVs" (not "4K runners")
    '^[48][Kk](?= (?:HDR|TVs?|and \\d+fps)\\b)',
    '^\\d{1,2}(?:\\.\\d)?[-‑](?:inch|in\\.?|Zoll|pouces|pulgadas|pollici|polegadas)(?= (?:\\p{Lu}|models?\\b))',
    '^\\.\\d{2,3}(?=[- ]?(?:caliber|calibre|cal\\b|Magnum|ACP|rifle|pistol|handgun|revolver))',
    '^\\d{1,2}(?:\\.\\d{1,2})?\\s?mm(?=[- ](?:handgun|pistol|rifle|gun|rounds?|ammunition|bullets?|caliber|calibre|Luger)\\b)',
    // a title: "2001: A Space Odyssey"
    '^(?:1[89]|20)\\d\\d(?=: \\p{Lu})',
  ].join('|'),
  'u',
);
// A model year: "the 2020 LC 500 Convertible", "a new 2021 Ford F-150"; not "In 2020 Apple Music grew".
const MODEL_YEAR = /^(?:19|20)\d\d(?= \p{Lu}[\p{L}-]* (?:\p{Lu}|\d))/u;
const MODEL_YEAR_BEFORE = /\b(?:the|a|an|new|all-new|model|redesigned|refreshed|updated)\s$/i;

/** Whether the figure `text` standing at `at` in `sentence` is part of a product's or technology's name. */
export function namesProduct(sentence: string, text: string, at: number): boolean {
  const lead = text.search(/[\d.]/);
  if (at < 0 || lead < 0 || /\d/.test(sentence[at + lead - 1] ?? '')) return false;
  const rest = sentence.slice(at + lead, at + text.length + 40);
  if (PRODUCT_RE.test(rest)) return true;
  return MODEL_YEAR.test(rest) && MODEL_YEAR_BEFORE.test(sentence.slice(Math.max(0, at + lead - 20), at + lead));
}
