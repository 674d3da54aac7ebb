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
  result: 'Result',
};

const CHANGE_WORDS: Record<NonNullable<Figure['change']>, string> = {
  up: 'up',
  down: 'down',
  approx: 'about',
  'more-than': 'more than',
  'less-than': 'less than',
};

// Dates come as year, year*100+month or year*10000+month*100+day as the unit says (negative years are BC, year 0
// when the text gave none); without a unit, the size tells.
function formatDate(n: number, unit: string | undefined, locale?: string): string {
  const abs = Math.abs(n);
  const precision = unit ?? (abs >= 1e7 ? 'day' : abs >= 1e5 ? 'month' : 'year');
  const [y, month, day] =
    precision === 'day'
      ? [Math.floor(abs / 1e4), Math.floor(abs / 100) % 100, abs % 100]
      : precision === 'month'
        ? [Math.floor(abs / 100), abs % 100, 0]
        : [abs, 0, 0];
  if (precision === 'decade') return `${y}s`;
  if (!y && month) {
    // "Sept. 14" on an undated page: month and day only, never "914".
    const at = new Date(Date.UTC(2000, month - 1, day || 1));
    const fields: Intl.DateTimeFormatOptions = day ? { month: 'short', day: 'numeric' } : { month: 'long' };
    return new Intl.DateTimeFormat(locale, { ...fields, timeZone: 'UTC' }).format(at);
  }
  const year = n < 0 ? `${y} BC` : String(y);
  return [year, month ? String(month).padStart(2, '0') : '', day ? String(day).padStart(2, '0') : '']
    .filter(Boolean)
    .join('-');
}

function one(n: number, fig: Figure, locale?: string): string {
  if (fig.kind === 'money' && fig.unit && /^[A-Z]{3}$/.test(fig.unit)) {
    try {
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: fig.unit,
        notation: 'compact',
        maximumSignificantDigits: 3,
      }).format(n);
    } catch {
      // Unknown currency code: plain number below.
    }
  }
  if (fig.kind === 'percent') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n)}%`;
  if (fig.kind === 'date') return formatDate(n, fig.unit, locale);
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(n);
}

/** "US$3.2B", "8–10%", "1.2K hospitals": the value as Sift understood it, next to the text as written. */
export function formatFigureValue(fig: Figure, locale?: string): string {
  if (fig.kind === 'date' && typeof fig.value === 'number') {
    const date = formatDate(fig.value, fig.unit, locale);
    // A date's bounding word, shown as the text has it ("by 2022", not "less than 2022").
    return fig.qualifier ? `${fig.qualifier} ${date}` : date;
  }
  // A score or tally reads as written, "3–1", and is no range.
  if (fig.kind === 'result' && Array.isArray(fig.value)) return fig.value.join('–');
  const value = Array.isArray(fig.value)
    ? `${one(fig.value[0], fig, locale)}–${one(fig.value[1], fig, locale)}`
    : one(fig.value, fig, locale);
  const unit = fig.unit && !['money', 'percent', 'date', 'result'].includes(fig.kind) ? ` ${fig.unit}` : '';
  return value + unit;
}

export function changeWord(fig: Figure): string | null {
  // A date's qualifier is part of its value ("by 2022"), never a comparison.
  return fig.change && fig.kind !== 'date' ? CHANGE_WORDS[fig.change] : null;
}
