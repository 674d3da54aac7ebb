import type { Draft } from './read-figure';

const RANGE_GAP = /^\s*(?:-|–|—|-?to-?|through|and|\/)\s*$/i; // "0-to-60-mph"
const CONVERSION_GAP = /^\s*\(\s*(?:or |about |around |roughly |~|approximately |approx\. )?$/i;

const lo = (v: Draft['value']) => (typeof v === 'number' ? v : v[0]);

// Scores and tallies are results, not ranges: "won 3-1", "beat them 24-17", "passed 212 to 204", "a 5-4 ruling",
// "tied at 89-89". A word of winning or voting before the pair in its clause, or a word naming the result after it.
const RESULT_BEFORE =
  /\b(?:won|wins?|winning|beat(?:s|en)?|lost|lose|loses|losing|drew|draws?|defeat(?:ed|s)?|edged|thrashed|routed|crushed|downed|(?:tied|level|locked|deadlocked|square) at|led|leads?|leading|trail(?:ed|s|ing)?|scored?|scoreline|vote[sd]?|voting|passed|approved|rejected|confirmed|ruled|split|tally|margin)\b[^.;:!?()]{0,40}$/i;
const RESULT_AFTER =
  /^\s*(?:(?:home|away|aggregate|first-leg|second-leg|road) )?(?:win|victory|defeat|loss|draw|ruling|decision|vote|verdict|majority|margin|split|lead|scoreline|result|down|up|on aggregate|in favou?r)\b/i;
const RESULT_GAP = /^\s?(?:[-–—]|to)\s?$/;

/** Is the pair a score or a tally? Two bare whole numbers with a result word, or written high to low ("3-1"). */
function isResult(text: string, a: Draft, b: Draft, gap: string): boolean {
  // "a 2-1 victory": the result word read as the second number's counted noun.
  const bDigits = /^\d+/.exec(text.slice(b.start, b.end))?.[0].length ?? 0;
  const nounIsResult = !!b.unit && b.kind === 'count' && RESULT_AFTER.test(text.slice(b.start + bDigits, b.end + 1));
  if (a.unit || (b.unit && !nounIsResult) || a.words || b.words) return false;
  if (a.kind !== 'count' || b.kind !== 'count') return false;
  if (typeof a.value !== 'number' || typeof b.value !== 'number') return false;
  if (!Number.isInteger(a.value) || !Number.isInteger(b.value) || a.value < 0 || b.value < 0) return false;
  if (!RESULT_GAP.test(gap) || /^\s*[-–—]?\s*\d/.test(text.slice(b.end, b.end + 3))) return false;
  const cue =
    nounIsResult ||
    RESULT_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start)) ||
    RESULT_AFTER.test(text.slice(b.end, b.end + 20));
  // No writer gives a range high to low, so a dashed "3–1" with no unit is a score even without a word for it.
  return cue || (/[-–—]/.test(gap) && b.value <= a.value && gap.trim().length === 1);
}

function compatible(a: Draft, b: Draft): boolean {
  // "$48,000 and $90,000 a year": the rate written once, on the second amount.
  return !a.unit || !b.unit || a.unit === b.unit || b.unit.startsWith(a.unit + ' per ');
}

/**
 * Joins "8-10%", "between 3 and 5 million", "$3bn-$5bn" into ranges, and "3m yuan ($420,000)" into one figure
 * with a converted amount. Drafts must be in text order.
 */
export function joinRanges(text: string, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i]!;
    const b = drafts[i + 1];
    if (b) {
      const gap = text.slice(a.end, b.start);
      const lead = text.slice(Math.max(0, a.start - 12), a.start);
      const isAnd = /and/i.test(gap);
      const okAnd = !isAnd || /between\s+(?:about\s+)?$/i.test(lead);
      // "increased by $43.6bn to $419.2bn" is a change then a level, not a range.
      // "rose 8.15% to 3.65": a move, then the level it reached.
      const byBefore = /\bby\s+$/i.test(lead) || (/to/i.test(gap) && (a.change === 'up' || a.change === 'down'));
      if (isResult(text, a, b, gap)) {
        const end = b.unit ? b.start + (/^\d+/.exec(text.slice(b.start, b.end))?.[0].length ?? 0) : b.end;
        out.push({ ...a, kind: 'result', value: [a.value as number, b.value as number], end });
        i++;
        continue;
      }
      const dash = /^\s*[-–—]\s*$/.test(gap);
      // "$7/$9" is a range of prices; "24/7" and "9/11" are not.
      if (gap === '/' && !(a.kind === 'money' && b.kind === 'money')) {
        out.push(a);
        continue;
      }
      // "2-0" and "15-22 mph" are ranges; "3888-2" after "ISO" is dropped later as an identifier.
      const dashOk =
        !dash ||
        ((a.unit || b.unit) && lo(a.value) <= lo(b.value)) ||
        (!a.unit && !b.unit && !a.words && gap.length === 1);
      // A unit-less partner must be of the same order: "208 pounds to 193" yes, "0.4% to 13176" no.
      const ratio = Math.abs(b.base) / Math.max(1e-9, Math.abs(a.base));
      const sameOrder = !!a.unit === !!b.unit || (ratio < 10 && ratio > 0.1) || (a.base === 0 && !!b.unit);
      if (
        RANGE_GAP.test(gap) &&
        okAnd &&
        !byBefore &&
        dashOk &&
        sameOrder &&
        compatible(a, b) &&
        (!dash || !a.words === !b.words) &&
        typeof a.value === 'number' &&
        typeof b.value === 'number'
      ) {
        // "$10 to $15 billion": the magnitude is shared when the first number alone would be smaller.
        const share = a.factor === 1 && b.factor > 1 && a.base < b.base;
        const first = share ? a.base * b.factor : a.value;
        const unit = b.unit && a.unit && b.unit.startsWith(a.unit) ? b.unit : (a.unit ?? b.unit);
        const kind = a.unit ? a.kind : b.kind;
        out.push({ ...a, kind, unit, value: [first, b.value], end: b.end, factor: b.factor });
        i++;
        continue;
      }
      const close = /^\s*\)/.exec(text.slice(b.end, b.end + 3));
      if (
        CONVERSION_GAP.test(gap) &&
        close &&
        a.unit &&
        b.unit &&
        a.unit !== b.unit &&
        a.kind === b.kind &&
        typeof b.value === 'number'
      ) {
        out.push({
          ...a,
          end: b.end + close[0].length,
          converted: { value: b.value, unit: b.unit, text: text.slice(b.start, b.end) },
        });
        i++;
        continue;
      }
      // "8 or $9", "seven to 10 years": a bare number takes the unit of its partner.
      if (/^\s*(?:or|to|and|-)\s*$/i.test(gap) && !a.unit && b.unit && a.kind === 'count') {
        out.push({ ...a, kind: b.kind, unit: b.unit });
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
