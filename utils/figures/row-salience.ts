import { isGoodLabel } from './figure-label';
import { namesProduct } from './find-model-names';
import type { FigureGroup } from './group-figures';
import type { Figure } from './types';

export interface StoryContext {
  /** The headline: a figure in it is what the story is about. */
  title: string;
  /** The standfirst or excerpt. */
  lead: string;
}

const KIND: Record<Figure['kind'], number> = {
  money: 3,
  percent: 2.8,
  ratio: 2,
  quantity: 2.4,
  count: 2.4,
  duration: 1.4,
  date: 0.4,
  result: 1.2,
};
// A date that says when something will happen or must be done, not when the page was written.
const DATE_BEFORE =
  /\b(?:by|until|till|before|due|starting|from|on sale|scheduled for|set for|as soon as)\s+(?:the\s+)?(?:(?:end|start|middle|first half|second half) of\s+|early\s+|late\s+|mid-?)?$/i;
const DATE_PURPOSE =
  /\b(?:deadline|due|scheduled|expires?|expiry|begins?|opens?|launch(?:es|ed)?|on sale|release[sd]?|election|sentencing|hearing|takes? effect|comes? into force|kicks? off)\b/i;
// A sentence about what is to come: its launch or release date is a date to keep, wherever it stands.
const FUTURE = /\b(?:will|plans? to|planned|expected to|set to|is to|are to|due to|intends? to|aims? to)\b/i;
// Numbers as words: small counts written out ("two men") tell the story rarely.
const SPELLED =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|dozens?|both|half)\b/i;
// "thousands of employees", "billions of dollars": a size, not a figure.
const VAGUE = /^(?:(?:a )?dozens?|tens|scores|hundreds|thousands|millions|billions|trillions)\b/i;
// "the 48-year-old Australian": an age describes a person; it is rarely the story.
const AGE = /\d-year-old\b|^aged?\b/i;
// "the 2019 seizures", "2020 dates": a year standing before a noun is when, not how many.
const YEAR_WORD = /^(?:19[5-9]\d|20[0-3]\d)(?!\d)/;
// A stat line is a name and counts with no verb at all: "Jo Smith 19 points and 3 steals.", "Davis 17 points.".
const STAT_LINE =
  /^\s*(?:(?:\p{Lu}[\p{L}'’.-]*\s){1,3}\(\d+-\d+\):\s)?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}\s\d+\s\p{L}+(?:(?:,|,?\sand)\s\d+\s\p{L}+)*\.?\s*$/u;
// A forecast others made ("analysts expected", "had forecast") is the yardstick of a result, not the result.
const FORECAST =
  /\b(?:analysts?|economists?|Wall Street|consensus|forecasters?|polled|surveyed)\b[^.;]{0,60}\b(?:expect|predict|forecast|estimat|project|anticipat|look(?:ed|ing) for|call(?:ed|ing) for|had penciled)|\b(?:expected|predicted|forecast|estimated) by analysts\b/i;

/**
 * Whether `s` says this figure: its number with the letters glued to it ("12.9bn", "10 percent"), standing alone,
 * so "10 per cent" is not found in "£10bn". Cheaper than reading the headline's figures, and as exact for this.
 */
function mentions(s: string, fig: Figure): boolean {
  if (!s) return false;
  const core = /\p{N}[\p{N}.,]*(?:\p{L}+)?/u.exec(fig.text)?.[0];
  if (!core) {
    // "Three people" in the text, "3 protesters killed" or "Three killed" in the headline.
    const word = fig.text
      .toLowerCase()
      .split(/[\s-]/)[0]!
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const v = Array.isArray(fig.value) ? NaN : fig.value;
    const either = `${word}${Number.isInteger(v) ? `|${v}` : ''}`;
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${either})(?![\\p{L}\\p{N}])`, 'iu').test(s);
  }
  for (let at = s.indexOf(core); at !== -1; at = s.indexOf(core, at + 1)) {
    const before = s[at - 1] ?? ' ',
      after = s[at + core.length] ?? ' ';
    const decimal = /[.,]/.test(after) && /\p{N}/u.test(s[at + core.length + 1] ?? '');
    if (!/[\p{N}.,]/u.test(before) && !/[\p{L}\p{N}]/u.test(after) && !decimal) return true;
  }
  return false;
}

/**
 * Whether the headline gives this count with its own noun ("NASA adds five companies", "Two Governors Dissent"):
 * then the count is what the story is about, however small; "Two arrested after bar fight" names no noun.
 */
function headlineCount(title: string, f: Figure): boolean {
  const noun = f.unit?.toLowerCase().split(/\s+/).at(-1);
  if (f.kind !== 'count' || !noun || !title || Array.isArray(f.value)) return false;
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = esc(f.text.toLowerCase().split(/[\s-]/)[0]!);
  const stem = esc(noun.length > 3 ? noun.replace(/(?:es|s)$/, '') : noun);
  // The count, at most one word between ("five new companies"), then the noun in any number.
  const re = `(?<![\\p{L}\\p{N}])(?:${word}|${f.value})\\s+(?:[\\p{L}'’-]+\\s+)?${stem}\\p{L}{0,3}(?!\\p{L})`;
  if (new RegExp(re, 'iu').test(title)) return true;
  // Headlines write counts in digits and name them their own way: "Three people have died" under "3 demonstrators
  // killed", "three insurgents" under "for 3 terrorist figures". A plural noun after the digits makes it a count.
  const other = `(?<![\\w.,])${f.value}\\s+(?:[\\p{L}'’-]+\\s+)?\\p{L}{2,}s(?!\\p{L})`;
  return new RegExp(other, 'iu').test(title);
}

const furniture = new Map<string, boolean>();
/** A line of numbers with few words (a ticker table, a score line), or of capitals only, is page furniture. */
function isFurniture(sentence: string): boolean {
  let known = furniture.get(sentence);
  if (known === undefined) {
    const letters = sentence.match(/\p{L}/gu)?.length ?? 0;
    known = letters < 0.5 * sentence.replace(/\s/g, '').length || !/\p{Ll}{3}/u.test(sentence);
    if (furniture.size > 500) furniture.clear();
    furniture.set(sentence, known);
  }
  return known;
}

/** Whether a count stands in a sentence that opens with a name and a number: a line of a box score. */
const statLine = (f: Figure) => STAT_LINE.test(f.sentence);

/**
 * How much a row matters to the story, higher first: the kind (money and shares first), where it stands (title,
 * standfirst, first paragraphs), a change or a move, a real label; small spelled-out counts, counts with only their
 * own noun, bare numbers and dates that only say when the page was written weigh little.
 */
export function rowSalience(group: FigureGroup, label: string, story: StoryContext): number {
  const f = group.head;
  const all = [f, ...group.members];
  let s = KIND[f.kind];
  // Figures early in the text carry the story; the extraction's own score (kind, relative position, repeats) joins in.
  const early = Math.max(0, 1 - f.start / 2500);
  s += 1.2 * early + 0.3 * f.score;
  // A small count in words gains nothing from the headline: "Two arrested after bar fight" is still no key figure.
  // Written out in any language ("two men", "sechs Minuten", "tres décimas"): no digit at all is the sign.
  const spelled = SPELLED.test(f.text) || !/\p{N}/u.test(f.text);
  const small = spelled && !Array.isArray(f.value) && f.value < 10 && f.kind !== 'ratio';
  // Nor does a year before a noun ("Euro 2020 playoffs") or a vague size ("a dozen"); a product's name ("the
  // 13-inch MacBook Pro", in the title or not) is never a key figure.
  const yearWord = f.kind === 'count' && YEAR_WORD.test(f.text);
  // A date gains from the headline only when it says when something is due ("2020 campaign" is not a figure).
  const at = Math.max(0, f.sentence.indexOf(f.text));
  const due =
    f.kind === 'date' &&
    (DATE_BEFORE.test(f.sentence.slice(Math.max(0, at - 30), at)) ||
      DATE_PURPOSE.test(f.sentence.slice(Math.max(0, at - 40), at + f.text.length + 25)) ||
      (FUTURE.test(f.sentence) && DATE_PURPOSE.test(f.sentence)));
  const noBoost = small || yearWord || VAGUE.test(f.text) || (f.kind === 'date' && !due);
  if (namesProduct(f.sentence, f.text, f.sentence.indexOf(f.text))) return Math.round((s - 4) * 100) / 100;
  const titled = small && !yearWord && headlineCount(story.title, f);
  if ((!noBoost || titled) && all.some((m) => mentions(story.title, m))) s += 2.5;
  else if (!noBoost && all.some((m) => mentions(story.lead, m))) s += 1.2;
  if (group.change || group.members.length) s += 0.8;
  if (f.converted) s += 0.4;
  if (f.change === 'up' || f.change === 'down') s += 0.3;
  const v = Math.abs(Array.isArray(f.value) ? f.value[1] : f.value);
  if (f.kind === 'money' && v >= 1e6) s += Math.min(1, Math.log10(v / 1e6) / 4);
  const good = isGoodLabel(label, f);
  s += good ? 0.6 : -0.8;
  if (VAGUE.test(f.text)) s -= 2;
  if (AGE.test(f.text)) s -= 3;
  // "double production", "twice as many": a multiplier in words is a way of speaking more often than a figure.
  if (f.kind === 'ratio' && !/\d/.test(f.text)) s -= 2;
  if (FORECAST.test(f.sentence)) s -= 0.8;
  if (f.kind === 'count' || f.kind === 'duration' || f.kind === 'quantity') {
    if (spelled && v < 20) s -= v < 10 ? 2.5 : 1.5;
    // A bare number with a real label ("the camp's population is estimated at 40,000") is a figure all the same.
    if (!f.unit) s -= good && f.measures && v >= 10 ? 0.7 : 1.5;
    // "12 players · players": a count whose only label is its own noun.
    if (f.unit && (!f.measures || f.measures.toLowerCase() === f.unit.toLowerCase()) && !good) s -= 0.8;
    if (v < 2) s -= 1;
    if (yearWord) s -= 2.5;
    if (statLine(f)) s -= 2.5;
  }
  if (f.kind === 'date') {
    s += due ? 1.5 : -0.6;
    // A day pins the story's event ("ate a wild rabbit on Nov. 5", "the July 25 call"); "next year" or "last month"
    // has no number of its own and is only when, not a figure.
    if (f.unit === 'day') s += 1.3;
    if (!/\d/.test(f.text)) s -= 1.5;
    // A date standing alone (a dateline, "July 30, 2025") or at the very top says when the page was written.
    if (f.sentence.trim().length - f.text.length < 12 || f.start < 80) s -= 2;
  }
  if (isFurniture(f.sentence)) s -= 2;
  return Math.round(s * 100) / 100;
}
