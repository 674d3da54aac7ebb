import type { Figure } from './types';

const same = (a: Figure['value'], b: Figure['value']) =>
  typeof a === 'number' && typeof b === 'number'
    ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
    : Array.isArray(a) && Array.isArray(b) && a[0] === b[0] && a[1] === b[1];

/**
 * Merges figures said more than once ("$140bn" in the lead and again later): the same kind, unit and value in
 * different sentences keep the first mention, which gains a little salience for the repetition.
 * Figures must be in text order.
 */
export function mergeDuplicates(figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const twin =
      f.kind !== 'date' && f.kind !== 'count'
        ? out.find((o) => o.kind === f.kind && o.unit === f.unit && same(o.value, f.value) && o.sentence !== f.sentence)
        : undefined;
    if (twin) {
      twin.score = Math.round((twin.score + 0.5) * 100) / 100;
      twin.measures ??= f.measures;
      continue;
    }
    out.push(f);
  }
  return out;
}
