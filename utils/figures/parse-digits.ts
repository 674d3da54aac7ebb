// Digits in either convention: "1,234.5" (English) or "1.234,5" (most of Europe), chosen per text.
export type Convention = 'dot' | 'comma';

/** Guess the decimal mark of a text: a comma if it writes "1.234,5" or "3,5 %", else a dot. */
export function guessConvention(text: string, lang?: string | null): Convention {
  if (/\d\.\d{3},\d/.test(text) || /(?<![\d,.])\d{1,3},\d{1,2}\s?(?:%|€|Prozent|pour cent|por ciento)/.test(text))
    return 'comma';
  if (/\d,\d{3}\.\d/.test(text)) return 'dot';
  // Mexico, the US and Central America write Spanish with a decimal dot; Switzerland writes German with one.
  if (lang && /^(?:es-(?:MX|US|419|PR|DO|GT|HN|NI|SV|PA)|de-CH|it-CH)\b/i.test(lang)) return 'dot';
  if (lang && /^(?:de|fr|es|it|pt|nl|pl|ru|sv|da|nb|no|fi|cs|tr|id)\b/i.test(lang)) return 'comma';
  return 'dot';
}

/**
 * Value of a digit string with separators ("1,234.5", "1 234,5", ".5"), or NaN.
 * @param raw the digits as written
 * @param convention the text's decimal mark
 */
export function parseDigits(raw: string, convention: Convention): number {
  const s = raw.replace(/[\s\u00a0\u202f']/g, '');
  const [group, decimal] = convention === 'dot' ? [',', '.'] : ['.', ','];
  const parts = s.split(decimal);
  if (parts.length > 2) {
    // "1.234.567" in dot convention: the dots were grouping after all.
    return Number(s.split(decimal).join('').split(group).join(''));
  }
  const whole = parts[0]!.split(group);
  // "1,5" in dot convention is not grouping (groups have 3 digits): read the comma as decimal.
  if (whole.length === 2 && whole[1]!.length !== 3 && parts.length === 1) return Number(whole.join('.'));
  return Number(whole.join('') + (parts.length === 2 ? '.' + parts[1] : ''));
}
