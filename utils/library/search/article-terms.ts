import type { Figure } from '../../figures/types';
import { addTerms } from './tokenize';

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥' };
const MAGNITUDES: [number, string][] = [
  [1e12, 'trn'],
  [1e9, 'bn'],
  [1e6, 'm'],
  [1e3, 'k'],
];

/** The search terms of an article: tokens of title, text and figures, plus each figure's normalised value. */
export function articleTerms(title: string, text: string, figures: readonly Figure[]): string[] {
  const terms = new Set<string>();
  addTerms(title, terms);
  addTerms(text, terms);
  for (const figure of figures) {
    addTerms(figure.text, terms);
    if (figure.measures) addTerms(figure.measures, terms);
    for (const form of valueForms(figure)) addTerms(form, terms);
  }
  return [...terms];
}

// "3.2 billion dollars" is found by "$3.2bn" and "3.2bn"; "forty-three per cent" by "43%".
function valueForms(figure: Figure): string[] {
  if (Array.isArray(figure.value) || !Number.isFinite(figure.value)) return [];
  const v = figure.value;
  if (figure.kind === 'percent') return [`${round(v)}%`];
  if (figure.kind !== 'money' && figure.kind !== 'count') return [];
  const [scale, suffix] = MAGNITUDES.find(([s]) => Math.abs(v) >= s) ?? [1, ''];
  const short = `${round(v / scale)}${suffix}`;
  const symbol = figure.kind === 'money' && figure.unit ? SYMBOL[figure.unit] : undefined;
  return symbol ? [short, symbol + short] : [short];
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
