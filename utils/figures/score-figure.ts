import type { Figure } from './types';

const KIND_WEIGHT: Record<Figure['kind'], number> = {
  money: 3,
  percent: 3,
  ratio: 2,
  result: 2,
  count: 1.5,
  quantity: 1.5,
  duration: 1,
  date: 0.5,
};

/**
 * Salience for ordering the panel: money and percentages beat counts, the lead beats the tail, written-out
 * small numbers ("one man") and bare numbers weigh little, a known `measures` helps.
 * @param position where the figure starts, as a share of the text (0 = first character)
 */
export function scoreFigure(fig: Omit<Figure, 'score'>, position: number): number {
  let score = KIND_WEIGHT[fig.kind];
  score += 1.5 * (1 - Math.min(1, position));
  if (fig.kind === 'count' && !fig.unit) score -= 1;
  const v = Math.abs(typeof fig.value === 'number' ? fig.value : fig.value[1]);
  if (fig.kind === 'money' && v >= 1e6) score += Math.min(1.5, Math.log10(v / 1e6) / 4);
  if (fig.kind === 'count' && v < 2) score -= 1;
  if (/^[a-z]/i.test(fig.text) && fig.kind !== 'money') score -= 0.3;
  if (fig.measures) score += 0.5;
  if (fig.converted) score += 0.3;
  if (fig.change === 'up' || fig.change === 'down') score += 0.2;
  return Math.round(score * 100) / 100;
}
