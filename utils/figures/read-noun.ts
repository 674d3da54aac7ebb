import { STOP, countedNoun } from './counted-noun';
import { isIdentifier } from './find-non-figures';
import type { NumberToken } from './find-numbers';
import type { Figure } from './types';
import { unitAfter } from './units';

/**
 * What a number with no currency or unit after it counts: a plural noun phrase ("300 Chinese hospitals"), a noun or
 * unit after "of" ("35m of its Echo devices", "1/16 of a US pint"), singular nouns used as a modifier ("a 12 page
 * document"), or, for a fraction in words, a share ("half the condos"). Null when it counts nothing written.
 * @param pos where the number (and its magnitude) ends
 * @param factor the magnitude already read ("35m" → 1e6)
 */
export function readNoun(
  text: string,
  token: NumberToken,
  pos: number,
  factor: number,
): { kind: Figure['kind']; unit?: string; end: number } | null {
  const noun = countedNoun(text, pos, token.value === 1, typeof token.value !== 'number' || token.value >= 1);
  if (noun) {
    // "517 rushing yards", "50 previous years": a modifier before a unit still counts the unit.
    const head = noun.noun.split(' ').pop()!;
    const u = noun.noun !== head && !/\blight\b/i.test(noun.noun) ? unitAfter(' ' + head, 0) : null;
    if (u && u.length === head.length + 1 && (u.kind === 'quantity' || u.kind === 'duration')) {
      return { kind: u.kind, unit: u.name, end: noun.end };
    }
    return { kind: 'count', unit: noun.noun, end: noun.end };
  }
  const of = token.words
    ? null
    : /^ of (?:its|their|the|our|his|her|an?)(?: US| UK| imperial)? ?/i.exec(text.slice(pos, pos + 24));
  if (of) {
    const at = pos + of[0].length - 1;
    const ofUnit = typeof token.value === 'number' && token.value < 1 ? unitAfter(text, at) : null;
    if (ofUnit) return { kind: ofUnit.kind, unit: ofUnit.name, end: at + ofUnit.length };
    const ofNoun = factor > 1 ? countedNoun(text, at, false) : null;
    if (ofNoun) return { kind: 'count', unit: ofNoun.noun, end: ofNoun.end };
  }
  if (!token.words && /^ [a-z]{3,}\b/.test(text.slice(pos, pos + 16))) {
    const ws =
      /^((?: [a-z][a-z-]+){2,4})/
        .exec(text.slice(pos, pos + 48))?.[1]!
        .trim()
        .split(' ') ?? [];
    const cut = ws.findIndex((w) => STOP.has(w) || /(?:ly|ed|ing)$/.test(w));
    const phrase = ws.slice(0, cut === -1 ? 3 : cut);
    if (phrase.length < 2 || isIdentifier(text, token.start, token.end)) return null;
    const unit = phrase.join(' ');
    return { kind: 'count', unit, end: pos + unit.length + 1 };
  }
  // "half the condos", "two-thirds of sales"; not "this half", and "half" alone only before "of".
  const isHalf = text.slice(token.start, token.end).toLowerCase() === 'half';
  if (
    token.words &&
    typeof token.value === 'number' &&
    token.value < 1 &&
    (isHalf
      ? /^ of\b/.test(text.slice(pos, pos + 4)) ||
        /^(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, token.start - 3), token.start))
      : /^ (?:of|the)\b/.test(text.slice(pos, pos + 5))) &&
    !/\b(?:this|that|first|second|the|a)\s+$/i.test(text.slice(Math.max(0, token.start - 8), token.start))
  ) {
    return { kind: 'ratio', end: pos };
  }
  return null;
}
