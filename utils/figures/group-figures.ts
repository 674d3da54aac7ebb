import type { Figure } from './types';

export interface FigureGroup {
  /** The figure the row is about: the new value of a change, the price of a move, the share of a base. */
  head: Figure;
  /** The other figures of the row, in text order. */
  members: Figure[];
  /** The row carries a change from one value to another. */
  change: boolean;
}

// The words between two figures that make them one fact. Each pattern names the link it reads.
const FROM_TO =
  /^\s*(?:(?:a year|a month|a week|the year|the previous year|the year)\s+(?:earlier|ago|before)\s*|(?:last|this|next)\s+\w+\s*|in\s+\d{4}\s*|,\s*)?(?:to|→|->|and then|rising to|falling to|up to)\s*(?:about |around |nearly |almost |some |roughly |over |more than |less than )?$/i;
// A month or a place between them is context, as a year is: "averaged 5.7% in October, down from 6.2%".
const TO_FROM =
  /^\s*(?:(?:in|by) (?:\d{4}|[a-z]+)\s*|(?:last|this|next) \w+\s*|a year (?:earlier|ago)\s*)?(?:[,;]?\s*)?(?:(?:up|down|higher|lower)\s+)?(?:from|compared with|compared to|versus|vs\.?|against)\s*(?:about |around |nearly |almost |some |roughly )?$/i;
// A short time phrase may stand between a level and its move: "208,560 cars this year, down 5%".
const MOVE =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:so far\s+)?(?:this|last|in the)\s+(?:year|quarter|month|week|period)\s*|in\s+\d{4}\s*|year[- ]to[- ]date\s*)?[,;]?\s*(?:or\s+)?(?:up|down|a rise of|a fall of|a drop of|a gain of|a decline of|rising|falling|gaining|losing|after (?:rising|falling|gaining|losing))\s*(?:by\s*)?$/i;
// "revenue rose 3.5% to $27.2bn": the move said first, then the level it reached ("um drei Prozent auf 67
// Millionen", "de 3 % à 67 millions", "un 3% hasta 67 millones", "3% até 67 milhões").
const MOVE_TO = /^\s*,?\s*(?:to|auf|à|hasta|até)\s+(?:about |around |nearly |almost |some |roughly |a record )?$/i;
const SHARE_OF = /^\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?$/i;
// "3,248 cases reported worldwide, including 584 deaths": a part named right after its whole.
const PART_OF = /,\s*(?:including|among them|of (?:whom|which|them))\s*$/i;

const unitOf = (f: Figure) => f.kind + (f.unit ?? '');

/** The text between two figures of the same sentence, or null when they stand in different sentences. */
function between(a: Figure, b: Figure): string | null {
  if (a.sentence !== b.sentence || b.start < a.end) return null;
  const i = a.sentence.indexOf(a.text);
  const ss = a.start - i;
  if (i < 0 || b.start - ss > a.sentence.length) return null;
  return a.sentence.slice(a.end - ss, b.start - ss);
}

// "The previous record, set in January, was 21.8GW": the next sentence gives the value a record replaced.
const PREVIOUS =
  /\b(?:previous|prior|old|last)\s+(?:record|high|peak|best|low)\b[^.]{0,40}\b(?:was|of|at|stood at)\s*(?:about |around |nearly |almost |some )?$/i;
// "Some 8% of firms … Less than a year later the figure had leapt to 43%": the next sentence names the same figure.
const SAME_FIGURE_TO =
  /\b(?:the|that|this) (?:figure|number|share|rate|proportion|total|count|price)\b[^.]{0,40}\b(?:to|at|reached|hit)\s*(?:about |around |nearly |almost |some )?$/i;

/** The row of the record that `f` names the previous holder of, a sentence or two before. */
function previousRecord(groups: FigureGroup[], f: Figure): FigureGroup | undefined {
  const i = f.sentence.indexOf(f.text);
  if (i <= 0 || !PREVIOUS.test(f.sentence.slice(0, i))) return undefined;
  for (let g = groups.length - 1; g >= 0 && g >= groups.length - 6; g--) {
    const head = groups[g]!.head;
    if (f.start - head.end > 600) return undefined;
    if (unitOf(head) === unitOf(f) && head.kind !== 'date' && /\brecord\b/i.test(head.sentence)) return groups[g];
  }
  return undefined;
}

/** How b relates to a just before it, if they make one fact. */
function link(a: Figure, b: Figure): 'from-to' | 'to-from' | 'move' | 'move-to' | 'share' | null {
  if (a.sentence !== b.sentence && a.kind === b.kind && unitOf(a) === unitOf(b) && a.kind !== 'date' && a.measures) {
    const i = b.sentence.indexOf(b.text);
    const next = b.start - a.end < a.sentence.length + b.sentence.length;
    if (i > 0 && next && SAME_FIGURE_TO.test(b.sentence.slice(0, i))) {
      return 'from-to';
    }
  }
  const gap = between(a, b);
  if (gap === null || gap.length > 40) return null;
  // The same fact changing: same kind and unit; "$3.2bn last year to $140bn", "43% from 8%".
  if (a.kind === b.kind && unitOf(a) === unitOf(b) && a.kind !== 'date') {
    if (FROM_TO.test(gap)) return 'from-to';
    if (TO_FROM.test(gap)) return 'to-from';
  }
  // A price or level with its move: "closed at $185.25, up 0.35%".
  // Chinese and Japanese say the move after the level, in a few Han words the move was read from: "产量达到1124万辆，
  // 同比增长35.2%" (the CJK reader set b.change from 增长).
  const cjkMove = /^\W?[\u3400-\u9fff]{1,8}$/.test(gap) && (b.change === 'up' || b.change === 'down');
  const moved = MOVE.test(gap) || cjkMove || (gap.trim() === ',' && !!b.change);
  if (a.kind !== 'percent' && a.kind !== 'date' && b.kind === 'percent' && moved) return 'move';
  // "rose 4% to 2019 levels": a year before a noun is when, not a level.
  const year = b.kind === 'count' && /^(?:1[89]|20)\d\d(?![\d,.])/.test(b.text);
  const level = (b.kind === 'money' || b.kind === 'count' || b.kind === 'quantity') && !year;
  // Other languages' change words are not read: "auf", "à", "hasta", "até" after a share say it moved.
  const moving = a.change === 'up' || a.change === 'down' || !/to\s*$/.test(gap);
  if (a.kind === 'percent' && moving && level && MOVE_TO.test(gap)) {
    return 'move-to';
  }
  // "Rs 300 for fresh air for 15 minutes", "$40 for an hour": the time a price buys is part of the price.
  if (a.kind === 'money' && b.kind === 'duration' && /^\s+for\s(?:[^,;]*\sfor\s)?$/.test(gap)) return 'share';
  // "7 of the 10 largest banks": a count with its base.
  if (a.kind === 'count' && b.kind === 'count' && !a.unit && SHARE_OF.test(gap)) return 'share';
  if (a.kind === 'count' && b.kind === 'count' && PART_OF.test(gap)) return 'share';
  return null;
}

/**
 * Related figures of one sentence as one row: a value with the value it changed from ("from 18% to 40%"), a price
 * with its move, a count with its base. Figures of different facts stay apart even when their values are equal:
 * only neighbours joined by the words of such a link are grouped.
 * @param figures in text order
 */
export function groupFigures(figures: Figure[]): FigureGroup[] {
  const groups: FigureGroup[] = [];
  let last: FigureGroup | undefined;
  let lastFig: Figure | undefined;
  for (const f of figures) {
    // A date between two amounts ("from $3.2bn last year to $140bn") is context: it neither links nor breaks.
    if (f.kind === 'date') {
      groups.push({ head: f, members: [], change: false });
      continue;
    }
    const how = last && lastFig ? link(lastFig, f) : null;
    const record = !how && previousRecord(groups, f);
    if (record) {
      record.members.push(f);
      record.change = true;
      continue;
    }
    if (last && how) {
      if (how === 'from-to' || how === 'move-to') {
        // The value reached heads the row; a move said before it is its member, not a value it changed from.
        last.members = [...last.members, last.head].sort((x, y) => x.start - y.start);
        last.head = f;
        last.change ||= how === 'from-to';
      } else {
        last.members.push(f);
        if (how === 'to-from') last.change = true;
      }
      lastFig = f;
      continue;
    }
    last = { head: f, members: [], change: false };
    lastFig = f;
    groups.push(last);
  }
  return groups;
}
