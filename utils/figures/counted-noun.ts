// The noun a bare number counts: "300 Chinese hospitals" → "Chinese hospitals", "one man" → "man".
/** Words that end a noun phrase after a number. */
export const STOP = new Set(
  (
    'the a an and or but of to in on at by for from with as than that this these those is are was were be been being ' +
    'has have had will would can could may might must shall should do does did not no its it their his her our your my ' +
    'he she they we you i who which what when where while per vs versus after before since until up down over under ' +
    'less about around nearly almost just only also so then there here each every all some any such into ' +
    'onto out off against between among during through across via said says say percent cent last next ' +
    'first second third old million billion trillion thousand hundred yet still even now ago later earlier'
  ).split(' '),
);
const IRREGULAR = new Set([
  'people',
  'men',
  'women',
  'children',
  'staff',
  'police',
  'fishermen',
  'personnel',
  'cattle',
  'mice',
  'teeth',
  'geese',
  'sheep',
  'fish',
  'deer',
  'aircraft',
  'crew',
  'data',
  'media',
  'bacteria',
  'criteria',
  'feet',
]);
const NOT_PLURAL = /(?:ss|us|is|ous|ics|ness|'s|’s)$/i;
const VERBISH = new Set([
  'says',
  'goes',
  'comes',
  'makes',
  'gets',
  'takes',
  'sees',
  'seems',
  'looks',
  'needs',
  'wants',
  'means',
  'remains',
  'becomes',
  'includes',
  'uses',
  'plays',
  'runs',
  'leads',
  'shows',
  'tells',
  'keeps',
  'gives',
  'lives',
  'works',
  'stands',
  'holds',
  'thinks',
  'knows',
  'always',
  'perhaps',
  'whereas',
  'besides',
  'towards',
  'afterwards',
  'onwards',
  'upwards',
  'downwards',
  'sometimes',
  'thus',
  'plus',
  'ones',
  'hers',
  'ours',
  'yours',
  'theirs',
  'its',
]);
// "two of Johnson's deputies", "one of the proudest moments"; not "two of the 10 largest banks".
const OF_RE = /^ of (?:the|my|his|her|its|their|our|your|\p{Lu}[\p{L}-]*['’]s) (?!\d)((?:[\w'’-]+ ){0,2}?[\w'’-]+s)\b/u;
const WORD_RE = /^[ \u00a0]((?:[A-Za-z][\w'’&.-]*[A-Za-z0-9]|[A-Za-z]))/;

function isPlural(w: string): boolean {
  const lw = w.toLowerCase();
  if (IRREGULAR.has(lw)) return true;
  if (VERBISH.has(lw) || lw.length < 4 || NOT_PLURAL.test(lw)) return false;
  return /s$/.test(lw);
}

/**
 * The counted noun phrase right after `pos`, up to its plural head, and where it ends; null when none.
 * @param single the number is one, so a singular noun counts too ("one man")
 * @param of the noun may follow "of the"/"of Johnson's" ("two of Johnson's deputies"); not for fractions
 */
export function countedNoun(
  text: string,
  pos: number,
  single: boolean,
  of = single,
): { noun: string; end: number } | null {
  let at = pos;
  const words: string[] = [];
  // "one of the proudest moments", "two of Johnson's deputies"
  const ofMatch = of && text.startsWith(' of ', pos) ? OF_RE.exec(text.slice(pos, pos + 60)) : null;
  if (ofMatch && isPlural(ofMatch[1]!.split(' ').pop()!)) return { noun: ofMatch[1]!, end: pos + ofMatch[0].length };
  for (let i = 0; i < 5; i++) {
    const m = WORD_RE.exec(text.slice(at, at + 40));
    if (!m) break;
    const w = m[1]!;
    // "2.7m combined digital and physical sales", "dozens of Kia and Hyundai vehicles"
    if (w === 'and' && i > 0 && i < 3) {
      words.push(w);
      at += m[0].length;
      continue;
    }
    if (STOP.has(w.toLowerCase())) break;
    words.push(w);
    at += m[0].length;
    // "agreement covers 13 percent": a plural-looking word before a determiner or number is a verb.
    if (
      isPlural(w) &&
      !(i > 1 && /^ (?:(?:the|a|an|its|their|his|her|more|about|up|down)\b|\d)/i.test(text.slice(at, at + 8)))
    ) {
      return { noun: words.join(' '), end: at };
    }
    // "one man to", "one early-stage investor who": a singular noun ends where the noun phrase ends.
    if (single && /^[a-z]/.test(words[0]!) && !/(?:ly|ed|ing)$/.test(w)) {
      const next = WORD_RE.exec(text.slice(at, at + 40));
      if (!next || STOP.has(next[1]!.toLowerCase()) || /^[,.;:!?)]/.test(text.slice(at, at + 1)))
        return { noun: words.join(' '), end: at };
    }
  }
  return null;
}
