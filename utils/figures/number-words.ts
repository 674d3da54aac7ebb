// Number words and how they combine ("three hundred and twelve", "a dozen", "two-thirds").
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  score: 20,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  crore: 1e7,
};
const FRACTIONS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
};

/** Regex source matching a run of number words; "a"/"an" only before a scale, dozen or fraction. */
const ALL = [...Object.keys(UNITS), ...Object.keys(SCALES), ...Object.keys(FRACTIONS)].filter((w) => w !== 'score');
export const NUMBER_WORDS_SOURCE =
  '(?:(?:an? (?:dozen|' +
  Object.keys(SCALES).join('|') +
  '|' +
  Object.keys(FRACTIONS).join('|') +
  ')|' +
  Object.keys(UNITS)
    .filter((w) => w !== 'score')
    .join('|') +
  ')(?:[ -]+(?:and[ -]+)?(?:' +
  ALL.join('|') +
  '))*|half)(?!-(?:party|time|way|hand|rate|class))';

/**
 * Value of a run of number words, or null when it is not a number ("a" alone, "one third" → 1/3).
 * @param words lower-case words, e.g. ["three", "hundred", "and", "twelve"]
 */
export function parseNumberWords(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'and') continue;
    if (w === 'a' || w === 'an') {
      current = Math.max(current, 1);
      continue;
    }
    const frac = FRACTIONS[w];
    if (frac !== undefined) {
      const num = current || 1;
      return (total + num) / frac;
    }
    if (w === 'half') return total + (current || 1) * 0.5;
    const unit = UNITS[w];
    if (unit !== undefined) {
      current = unit === 12 && current > 0 && w === 'dozen' ? current * 12 : current + unit;
      seen = true;
      continue;
    }
    const scale = SCALES[w];
    if (scale === undefined) return null;
    current = (current || 1) * scale;
    if (scale >= 1000) {
      total += current;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : null;
}

/** Plural vague amounts: "dozens of", "thousands of", "tens of millions of" → [n, 10n]. */
export const VAGUE_PLURALS: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
  tens: 10,
};
