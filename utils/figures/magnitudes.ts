// Magnitude words and suffixes written after a number: "3.2bn", "$4 million", "Rs 5 crore".
const MAGNITUDES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trn: 1e12,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  hundred: 100,
};

// "3m" may be metres: m/t only read as magnitudes next to money or before a counted noun (see readFigure).
const MAGNITUDE_RE =
  /^(?:\s?(?:thousand|million|billion|trillion|hundred|lakhs?|crores?|mln|bln|mil)|\s?(?:mn|bn|trn|tn)|k|m|b|t)(?![a-z])/i;

/** Magnitude right after a number at `pos`: its factor, length, and whether it is a bare letter. */
export function matchMagnitude(text: string, pos: number): { factor: number; length: number; letter: boolean } | null {
  const m = MAGNITUDE_RE.exec(text.slice(pos, pos + 12));
  if (!m) return null;
  const word = m[0].trim().toLowerCase();
  const factor = MAGNITUDES[word];
  if (factor === undefined) return null;
  // "5 M" with a space is rarely a magnitude; "5 million" is.
  if (word.length === 1 && m[0].length > 1) return null;
  if (word === 'b' && m[0] === 'B' && /^\s?B(?:yte)?/.test(text.slice(pos + 1, pos + 3))) return null;
  return { factor, length: m[0].length, letter: word.length === 1 };
}
