// Reading speeds: ~230 words a minute for alphabetic scripts; CJK is read by characters (~400 a minute for
// Chinese/Japanese, Korean counts spaced words at a slower rate).
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 400;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/** Words in a text, counting each CJK character as a word (those scripts do not separate words by spaces). */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text
    .replace(CJK, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return cjk + rest;
}

/** Whole minutes to read `text`, at least 1 for any text. */
export function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = countWords(text) - cjk;
  const minutes = rest / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE;
  return text.trim() ? Math.max(1, Math.round(minutes)) : 0;
}
