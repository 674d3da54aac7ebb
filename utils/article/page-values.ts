// Values a page writes about itself (lang, dir, dates, bylines, JSON-LD, meta) are input, not facts: each is
// parsed here and dropped when invalid, so nothing downstream (Intl, toLocaleDateString, React attributes) throws
// on them. `<html lang="en_US">` made the popup render blank before this: Intl refuses the underscore.

/**
 * A BCP 47 language tag in canonical form ('en_US' → 'en-US', 'EN' → 'en'), or null for anything Intl refuses
 * ('en"><img', '', a 500-character string). The first of a list ('en-GB, fr') is taken.
 */
export function pageLang(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const first = value.split(/[,;]/)[0]!.trim().replace(/_/g, '-');
  if (!first || first.length > 35 || !/^[a-z0-9-]+$/i.test(first)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(first);
    // 'und' (undetermined) says nothing; Intl must also accept it for formatting, not only for canonicalising.
    if (!canonical || /^und\b/i.test(canonical)) return null;
    new Intl.DateTimeFormat(canonical);
    return canonical;
  } catch {
    return null;
  }
}

/** 'ltr', 'rtl' or 'auto' (case and spaces ignored), else null. */
export function pageDir(value: unknown): 'ltr' | 'rtl' | 'auto' | null {
  if (typeof value !== 'string') return null;
  const dir = value.trim().toLowerCase();
  return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : null;
}

// Dates outside these years are typos or tricks ('+275760-09-13' is the last date JavaScript knows).
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

/** An ISO 8601 instant from a date string a page gives, or null when it is not a plausible date. */
export function pageDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 64) return null;
  const time = Date.parse(value.trim());
  if (!Number.isFinite(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year >= FIRST_YEAR && year <= LAST_YEAR ? date.toISOString() : null;
}

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ufeff]/g; // keeps ZWJ/ZWNJ and RLM/LRM

/** A short text a page gives (byline, site name): invisibles removed, spaces collapsed, capped; null if empty. */
export function pageText(value: unknown, max = 200): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max).trim() : null;
}
