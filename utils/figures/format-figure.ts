// How a key figure reads in the panel: its normalised value in the reader's locale, and a word for its kind.
import type { Figure } from './types';

export const KIND_LABELS: Record<Figure['kind'], string> = {
  money: 'Money',
  percent: 'Share',
  count: 'Count',
  quantity: 'Quantity',
  date: 'Date',
  duration: 'Duration',
  ratio: 'Ratio',
};

const CHANGE_WORDS: Record<NonNullable<Figure['change']>, string> = {
  up: 'up',
  down: 'down',
  approx: 'about',
  'more-than': 'more than',
  'less-than': 'less than',
};

// Dates come as year, year*100+month or year*10000+month*100+day (negative years are BC).
function formatDate(n: number): string {
  const abs = Math.abs(n);
  const [y, rest] = abs >= 1e7 ? [Math.floor(abs / 1e4), abs % 1e4] : abs >= 1e5 ? [Math.floor(abs / 100), (abs % 100) * 100] : [abs, 0];
  const month = Math.floor(rest / 100);
  const day = rest % 100;
  const year = n < 0 ? `${y} BC` : String(y);
  return [year, month ? String(month).padStart(2, '0') : '', day ? String(day).padStart(2, '0') : ''].filter(Boolean).join('-');
}

function one(n: number, fig: Figure, locale?: string): string {
  if (fig.kind === 'money' && fig.unit && /^[A-Z]{3}$/.test(fig.unit)) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: fig.unit, notation: 'compact', maximumSignificantDigits: 3 }).format(n);
    } catch {
      // Unknown currency code: plain number below.
    }
  }
  if (fig.kind === 'percent') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n)}%`;
  if (fig.kind === 'date') return formatDate(n);
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(n);
}

/** "US$3.2B", "8–10%", "1.2K hospitals": the value as Sift understood it, next to the text as written. */
export function formatFigureValue(fig: Figure, locale?: string): string {
  const value = Array.isArray(fig.value) ? `${one(fig.value[0], fig, locale)}–${one(fig.value[1], fig, locale)}` : one(fig.value, fig, locale);
  const unit = fig.unit && !['money', 'percent', 'date'].includes(fig.kind) ? ` ${fig.unit}` : '';
  return value + unit;
}

export function changeWord(fig: Figure): string | null {
  return fig.change ? CHANGE_WORDS[fig.change] : null;
}
