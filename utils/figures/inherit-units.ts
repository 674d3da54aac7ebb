import type { Draft } from './read-figure';

const size = (v: Draft['value']) => Math.abs(typeof v === 'number' ? v : v[1]);

/**
 * Gives a plain number the unit of a figure of the same order in its sentence, the way readers do:
 * "68,400 people ... and 95,800 who", "rose 64.06 points to 4,577.10", "fell by 2 percent but rose by 1".
 * A level reached after a percentage move ("rose 8% to 3.65") keeps no unit. Drafts must be in text order.
 */
export function inheritUnits(text: string, drafts: Draft[], sentences: [number, number][]): void {
  let si = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.unit || d.kind !== 'count' || d.words) continue;
    while (si < sentences.length - 1 && sentences[si]![1] <= d.start) si++;
    const [ss, se] = sentences[si] ?? [0, text.length];
    const afterMove = /\b(?:to|at)\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start));
    const near = [drafts[i - 1], drafts[i + 1], drafts[i - 2], drafts[i + 2]].find((o) => {
      if (!o?.unit || o.start < ss || o.end > se || o.kind === 'ratio' || o.kind === 'date') return false;
      if (o.unit === 'year of age' || (afterMove && o.kind === 'percent')) return false;
      const r = size(d.value) / Math.max(1e-12, size(o.value));
      return r < 10 && r > 0.1;
    });
    // "rose 64.06 points to 4,577.10", "lost 162.31 points, or 2.14%, to fall to 7,425.81": the level takes the
    // unit of the move whatever its size.
    const move =
      near ??
      (afterMove
        ? drafts
            .slice(Math.max(0, i - 3), i)
            .reverse()
            .find((o) => o.start >= ss && o.unit && o.kind === 'count' && !o.words)
        : undefined);
    if (move) {
      d.unit = move.unit;
      d.kind = move.kind;
      continue;
    }
    if (near) {
      d.unit = near.unit;
      d.kind = near.kind;
    }
  }
}
