import { findDates } from './find-dates';
import { currencyBefore } from './currencies';
import { canRead, CJK_CHAR, type CjkCore, tables } from './languages';
import { findMeasures } from './find-measures';
import { findNonFigures, isIdentifier, isNamedCount } from './find-non-figures';
import { findNumbers } from './find-numbers';
import { findRatios } from './find-ratios';
import { inheritUnits } from './inherit-units';
import { joinRanges } from './join-ranges';
import { mergeDuplicates } from './merge-duplicates';
import { guessConvention } from './parse-digits';
import { type Draft, nameFollows, readFigure } from './read-figure';
import { scoreFigure } from './score-figure';
import { splitSentences } from './split-sentences';
import type { Figure } from './types';
import { kindOfUnit } from './units';

export interface ExtractOptions {
  /** The article's publication date (ISO 8601), for "June last year" and "last month". */
  published?: string | null;
  /** The article's language, which settles "1.234" when the text alone does not. */
  lang?: string | null;
  /** Merge figures repeated in different sentences (default true). */
  merge?: boolean;
}

const inside = (spans: [number, number][], s: number, e: number) => spans.some(([a, b]) => s < b && e > a);
// The core's tables the Chinese and Japanese reader uses (see CjkCore).
const CJK_CORE: CjkCore = { kindOfUnit, currencyBefore, cjkChar: CJK_CHAR };

/**
 * Key figures in article text: money, percentages, counts with their nouns, physical quantities, durations,
 * ratios and dates, each with what it measures and a salience score. Pure and synchronous.
 * @param text plain article text
 * @param opts publication date and language
 * @returns figures in text order (sort by `score` for a panel)
 */
export function extractFigures(text: string, opts: ExtractOptions = {}): Figure[] {
  if (!canRead(opts.lang)) return []; // no figures rather than wrong ones in a language Sift cannot read
  const convention = guessConvention(text, opts.lang);
  const skip = findNonFigures(text);
  const cjk = tables.cjk?.figures(text, CJK_CORE) ?? [];
  const cjkSpans = cjk.map((d): [number, number] => [d.start, d.end]);
  // A dateline's date or a gallery counter's number is page chrome, not a figure; "1兆2000億円" is money, not a date.
  const dates = findDates(text, opts.published, opts.lang).filter(
    (d) => !inside(skip, d.start, d.end) && !inside(cjkSpans, d.start, d.end),
  );
  const dateSpans = dates.map((d): [number, number] => [d.start, d.end]);
  const drafts: Draft[] = [];
  for (const token of findNumbers(text, convention, opts.lang)) {
    if (inside(skip, token.start, token.end) || inside(dateSpans, token.start, token.end)) continue;
    if (inside(cjkSpans, token.start, token.end)) continue;
    const d = readFigure(text, token, opts.lang);
    if (!d) continue;
    drafts.push(d);
  }
  // "10-fold", "two orders of magnitude": the ratio wins over the number inside it.
  const ratios = findRatios(text);
  const plain = drafts.filter((d) => !ratios.some((r) => r.start < d.end && r.end > d.start));
  // Plain numbers in words ("one", "eight") only count when a range or a partner gave them a unit.
  const joined = joinRanges(
    text,
    [...plain, ...ratios].sort((a, b) => a.start - b.start),
  ).filter(
    (d) =>
      d.kind !== 'count' ||
      (d.unit
        ? !isNamedCount(text, d.start, d.end)
        : !d.words && !isIdentifier(text, d.start, d.end) && !nameFollows(text, d.end)),
  );
  // Chinese and Japanese figures come read whole: no ranges to join, no English identifiers to drop.
  joined.push(...cjk);
  joined.sort((a, b) => a.start - b.start);
  const sentences = splitSentences(text);
  inheritUnits(text, joined, sentences);
  const figures: Figure[] = [];
  let si = 0;
  let previous: { measures: string; sentence: number } | undefined;
  const all = [...joined.map((d) => ({ ...d, date: false })), ...dates.map((d) => ({ ...d, date: true }))].sort(
    (a, b) => a.start - b.start,
  );
  for (const d of all) {
    while (si < sentences.length - 1 && sentences[si]![1] <= d.start) si++;
    const [ss, se] = sentences[si] ?? [0, text.length];
    const sentence = text.slice(ss, se);
    const fig: Omit<Figure, 'score'> = {
      kind: d.kind,
      value: d.value,
      text: text.slice(d.start, d.end),
      start: d.start,
      end: d.end,
      sentence,
    };
    if (d.unit) fig.unit = d.unit;
    if (d.change) fig.change = d.change;
    if (d.converted) fig.converted = d.converted;
    if ('qualifier' in d && d.qualifier) fig.qualifier = d.qualifier;
    if (!d.date) {
      const prev = previous && { measures: previous.measures, sameSentence: previous.sentence === ss };
      const measures = findMeasures(sentence, fig, ss, prev);
      if (measures) fig.measures = measures;
      if (measures) previous = { measures, sentence: ss };
    }
    figures.push({ ...fig, score: scoreFigure(fig, d.start / Math.max(1, text.length)) });
  }
  return opts.merge === false ? figures : mergeDuplicates(figures);
}
