import { TOKEN, fold, hasCjk, numberForms, trimDot } from './tokenize';

/** Where a query word or figure stands in a text, in the text's own UTF-16 offsets. */
export interface Match {
  start: number;
  end: number;
}

/** The text folded as the index folds it, with each folded code unit's offset in the original. */
interface Folded {
  text: string;
  at: number[];
}

const ASCII = /^[\x20-\x7e]$/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

// Folded a character at a time so every match maps back to the original text ("Élysée" folds to "elysee",
// whose "e" at 0 is the original's "É" at 0). Printable ASCII skips normalize(): it is most of a news text.
function foldWithOffsets(text: string): Folded {
  let folded = '';
  const at: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = ASCII.test(ch) ? ch.toLowerCase() : fold(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) at.push(offset);
    offset += ch.length;
  }
  at.push(offset);
  return { text: folded, at };
}

/**
 * What to look for, one list per query word: the word as typed, then (for a figure) its bare forms, so "$3.2bn"
 * marks "$3.2bn" where the text has it and "3.2" where it says "3.2 billion".
 */
export function needles(query: string): string[][] {
  return (fold(query).match(TOKEN) ?? []).map(trimDot).map((token) => {
    if (hasCjk(token) || !/\p{N}/u.test(token)) return [token];
    return [...new Set(numberForms(token))];
  });
}

/**
 * Every place the query's words or figures stand in text, in order, not overlapping. A word is matched at the
 * start of a word ("harb" marks "Harbour", not "sharbat"), as the index matches it; Chinese and Japanese
 * anywhere. For each query word its first form found in the text is used.
 */
export function findMatches(text: string, query: string): Match[] {
  const wanted = needles(query);
  if (wanted.length === 0 || text === '') return [];
  const folded = foldWithOffsets(text);
  const found: Match[] = [];
  for (const forms of wanted) {
    for (const form of forms) {
      const hits = occurrences(folded, form);
      if (hits.length === 0) continue;
      found.push(...hits);
      break;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Match[] = [];
  for (const m of found) {
    const last = merged.at(-1);
    if (last && m.start < last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged;
}

function occurrences({ text, at }: Folded, needle: string): Match[] {
  const out: Match[] = [];
  const anywhere = hasCjk(needle);
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    const before = text[i - 1];
    // Mid-word is no match, unless the word before is Chinese or Japanese ("用于AI芯片": "ai" stands after 于).
    if (!anywhere && before !== undefined && WORD_CHAR.test(before) && !hasCjk(before)) continue;
    out.push({ start: at[i]!, end: at[i + needle.length]! });
  }
  return out;
}
