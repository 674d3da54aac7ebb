import { parseNumberWords } from './number-words';
import type { Draft } from './read-figure';

// Multiples written as words: "twice", "sixfold", "tripled", "an order of magnitude", "halved".
const RATIO_RE =
  /\b(?:(twice|thrice)|(doubl(?:ed?|es|ing))|(tripl(?:ed?|es|ing))|(quadrupl(?:ed?|es|ing))|(halv(?:ed?|es|ing))|(\d+(?:\.\d+)?|[a-z]+)[- ]?fold|(an|one|two|three|four|five) orders? of magnitude)\b/gi;

// What follows "double" when it is a verb of growth: an object, a preposition or the end of the clause.
const ACTS =
  /^(?:\s+(?:the|its|their|his|her|our|your|this|that|in|by|to|from|over|within|again|every|each|a|an|output|sales|revenue|profits?|prices?|capacity|production|exports?|investment|spending)\b|\s*[.,;:!?)]|$)/i;

/** Ratios and multiples as drafts of kind "ratio" (value is the multiple: "tripled" → 3). */
export function findRatios(text: string): Draft[] {
  const out: Draft[] = [];
  for (const m of text.matchAll(RATIO_RE)) {
    // "doubled down", "doubling back", "tripled up": a stance or a movement, not a multiple.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if ((m[2] || m[3] || m[4]) && /^ (?:down|back|up)\b(?! to\b)/i.test(after)) continue;
    // "double standard", "a double-digit rise", "double-check": "double" names a kind of thing unless it acts
    // ("prices could double", "double the number", "double its sales").
    if (/^(?:double|triple)$/i.test(m[0]) && !ACTS.test(after)) continue;
    let value: number | null = null;
    if (m[1]) value = m[1].toLowerCase() === 'twice' ? 2 : 3;
    else if (m[2]) value = 2;
    else if (m[3]) value = 3;
    else if (m[4]) value = 4;
    else if (m[5]) value = 0.5;
    else if (m[6]) value = /^\d/.test(m[6]) ? Number(m[6]) : parseNumberWords([m[6].toLowerCase()]);
    else if (m[7]) value = 10 ** (parseNumberWords([m[7].toLowerCase() === 'an' ? 'one' : m[7].toLowerCase()]) ?? 1);
    if (value === null || !Number.isFinite(value)) continue;
    const up = value >= 1;
    out.push({
      kind: 'ratio',
      value,
      unit: 'times',
      start: m.index,
      end: m.index + m[0].length,
      base: value,
      factor: 1,
      words: true,
      change: m[2] || m[3] || m[4] ? 'up' : m[5] ? 'down' : up && /fold$/i.test(m[0]) ? 'up' : undefined,
    });
  }
  return out;
}
