import { CJK_UNITS, CJK_UNIT_SOURCE } from './cjk-units';
import type { CjkCore } from './languages';
import type { Draft } from './read-figure';

// Chinese and Japanese figures: digits or numerals with 万/亿/兆 ("380万人次", "3.5万亿美元", "1兆2000億円",
// "三千名"), bounds (约, 超过, 余/多), moves (增长, 下降), ranges ("20%至30%") and "百分之二十".
const HAN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1e3, 仟: 1e3 };
const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
const DIGITS = '[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?';
// A magnitude glued to digits; "千瓦" (kW) and "千克" (kg) are units, not thousands.
const MAG = '(?:[十百千](?![瓦克米])|[万萬亿億兆](?!瓦))';
const HAN = '[零〇一二两兩三四五六七八九十拾百佰千仟万萬亿億兆]';
const NUMBER = `(?:${DIGITS}(?:[多余餘])?(?:${MAG}+(?:${DIGITS}${MAG}+)*)?|${HAN}+)`;
const BEFORE =
  '(约为|约合|約為|约|約|大约|大約|近|将近|接近|逾|超过|超過|超|多达|高达|达到|达|不到|不足|仅|およそ|百分之)?';
const FIGURE_RE = new RegExp(
  `${BEFORE}(${NUMBER})(?:[%％]?\\s?[-–~～至到]\\s?(${NUMBER}))?([多余餘])?(以上|左右)?\\s?(${CJK_UNIT_SOURCE})?` +
    '(以上|以下|左右)?',
  'gu',
);
const UP = /(?:增长|增加|上升|上涨|提高|提升|增|涨|増加|上昇|増)(?:了)?(?:约|約|近)?$/;
const DOWN = /(?:下降|减少|下跌|降低|减|降|跌|減少|低下|減)(?:了)?(?:约|約|近)?$/;

/** Value of digits and numerals together: "3.5万亿" → 3.5e12, "两万三千" → 23000, "1兆2000億" → 1.2e12. */
export function parseCjkNumber(raw: string): number | null {
  const s = raw.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，多余餘]/g, '');
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const m of s.matchAll(/[0-9]+(?:\.[0-9]+)?|./g)) {
    const t = m[0];
    if (/^[0-9]/.test(t)) digit = Number(t);
    else if (HAN_DIGITS[t] !== undefined)
      digit = digit * 10 + HAN_DIGITS[t]!; // "二〇二四" reads digit by digit
    else if (SMALL[t]) {
      section += (digit || 1) * SMALL[t]!;
      digit = 0;
    } else if (BIG[t]) {
      section = (section + digit || 1) * BIG[t]!; // "万人" alone is ten thousand
      digit = 0;
      if (BIG[t]! >= 1e8) {
        total += section;
        section = 0;
      }
    } else return null;
  }
  const value = total + section + digit;
  return Number.isFinite(value) ? value : null;
}

function change(before: string, bound: string | undefined, after: string[]): Draft['change'] {
  const more = after.some((a) => a === '以上' || a === '多' || a === '余' || a === '餘');
  if (more || /^(?:逾|超过|超過|超|多达|高达)$/.test(bound ?? '')) return 'more-than';
  if (after.includes('以下') || /^(?:不到|不足)$/.test(bound ?? '')) return 'less-than';
  if (UP.test(before)) return 'up';
  if (DOWN.test(before)) return 'down';
  if (after.includes('左右') || /^(?:约为|约合|約為|约|約|大约|大約|近|将近|接近|およそ)$/.test(bound ?? ''))
    return 'approx';
  return undefined;
}

/**
 * Figures written the Chinese or Japanese way, as drafts in text order; empty (and fast) when the text has no
 * Han or kana. A number counts only when a Han or kana character touches it or its unit is a CJK one, and
 * years, months and days ("2024年", "3月5日"), ordinals ("第3") and a bare 一 ("一个", "a") are left out.
 */
export function findCjkFigures(text: string, { kindOfUnit, currencyBefore, cjkChar }: CjkCore): Draft[] {
  if (!cjkChar.test(text)) return [];
  const out: Draft[] = [];
  for (const m of text.matchAll(FIGURE_RE)) {
    const [whole, bound, first, second, endBound, pre, unitWord, post] = m;
    if (!first) continue;
    const isHan = !/[0-9０-９]/.test(first);
    const start = m.index + (bound && bound !== '百分之' ? bound.length : 0);
    const end = m.index + whole.trimEnd().length;
    const prev = text[m.index - 1] ?? '';
    const next = text[end] ?? '';
    const touches = !!bound || cjkChar.test(prev + (unitWord ?? '') + next) || /[万萬亿億兆]/.test(first);
    if (!touches || /[0-9０-９.．a-zA-Z]/.test(prev)) continue;
    if (prev === '第' || /^[月日号號点點时時:：]/.test(next)) continue; // ordinals, dates and times
    const percentWords = bound === '百分之';
    const cur = bound ? null : currencyBefore(text, m.index); // "$3.5万亿", "¥500万"
    // ¥ is the yuan in Chinese text (no kana), the yen in Japanese.
    if (cur?.code === 'JPY' && !/[\u3040-\u30ff]/.test(text)) cur.code = 'CNY';
    const unit = unitWord;
    if (!unit && !percentWords && !cur) {
      // Bare digits next to Han carry no unit; only magnitudes make them worth a figure ("12亿").
      if (isHan || !/[万萬亿億兆]/.test(first)) continue;
    }
    const a = parseCjkNumber(first);
    const b = second ? parseCjkNumber(second) : null;
    if (a === null || (second && b === null)) continue;
    // "2024年", "2023-2024年", "二〇二四年" are years; "90年代" a decade.
    if (unit === '年' && ((a >= 1000 && a <= 2200 && !/[万萬亿億千百十]/.test(first)) || next === '代')) continue;
    if (isHan && a === 1 && !second && !percentWords) continue; // "一个", "一家": the article "a"
    if (isHan && /^[十百千万萬亿億兆]$/.test(first)) continue; // "千万" (by all means), "万一" (in case)
    // "3至5万": the magnitude of the second number is shared by the first when written once.
    const mag = (s: string) =>
      /[万萬亿億兆千百]$/.test(s) ? parseCjkNumber('1' + s.replace(/^[^万萬亿億兆千百]+/, '')) : 1;
    const lo = second && !/[万萬亿億兆千百十]/.test(first) && mag(second)! > 1 ? a * mag(second)! : a;
    const [kind, name] = percentWords
      ? (['percent', 'percent'] as const)
      : unit
        ? CJK_UNITS[unit]
          ? [kindOfUnit(CJK_UNITS[unit]), CJK_UNITS[unit]]
          : (['count', undefined] as const)
        : cur
          ? (['money', cur.code] as const)
          : (['count', undefined] as const);
    const before = text.slice(Math.max(0, m.index - 8), m.index + (bound?.length ?? 0));
    const glued = /[多余餘]/.test(first + (unitWord ?? '')) ? '多' : undefined; // "300余家", "3个多月"
    const bounds = [endBound, pre, post, glued].filter((x): x is string => !!x);
    out.push({
      kind,
      value: b === null ? a : [lo, b],
      unit: name,
      start: cur ? cur.start : start,
      end,
      base: a,
      factor: 1,
      words: isHan,
      change: change(before, bound, bounds),
    });
  }
  return out;
}
