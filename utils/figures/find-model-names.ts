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
