// "78 GB", "12.4 MB": a size in the unit a reader would say, in their language (Intl's units, decimal like the
// browsers' own storage pages).
const UNITS = [
  [1e12, 'terabyte'],
  [1e9, 'gigabyte'],
  [1e6, 'megabyte'],
  [1e3, 'kilobyte'],
] as const;

/** `bytes` in the largest unit it reaches: one decimal below 10 of it ("4.2 GB"), none above ("78 GB"). */
export function formatBytes(bytes: number, locale: string): string {
  const safe = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  const [size, unit] = UNITS.find(([at]) => safe >= at) ?? [1, 'byte'];
  const value = safe / size;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  }).format(value);
}
