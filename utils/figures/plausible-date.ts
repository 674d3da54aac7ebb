// A page's publication date from its markup is sometimes a placeholder (1970-01-01 from a zero timestamp, a CMS
// default of 1900) or a far-future typo; resolving "last year" against it would make every relative date wrong.
const EARLIEST = Date.UTC(1990, 0, 1);
const YEAR_MS = 366 * 24 * 3600 * 1000;

/**
 * The publication date as ISO 8601 when it parses and is plausible for a news page (from 1990 to a year after
 * `now`), else null.
 */
export function plausibleDate(value: string | null | undefined, now: number = Date.now()): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time) || time < EARLIEST || time > now + YEAR_MS) return null;
  return new Date(time).toISOString();
}
