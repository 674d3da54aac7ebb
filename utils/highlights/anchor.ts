// Pure anchoring over a string (the article body's text content): describing a range as selectors, and finding
// the range a stored highlight names in a text that may have changed since. No DOM here (see dom.ts).
import type { HighlightAnchor } from './types';

/** Characters of context kept on each side of the quote: enough to tell repeated phrases apart. */
export const QUOTE_CONTEXT = 32;

/** The selectors for text.slice(start, end). */
export function describeRange(text: string, start: number, end: number): HighlightAnchor {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Where the highlight is in `text`, or null when its quote is no longer there (an orphan: kept, listed, not drawn).
 * 1. The position still holds the exact quote: taken (the usual case, no search).
 * 2. Otherwise every occurrence of the quote is scored by how much of its prefix and suffix still surround it,
 *    the old position breaking ties, so a duplicate phrase resolves to the one the reader marked.
 * 3. Failing an exact match, the same with runs of whitespace treated as one (re-extraction changes line breaks).
 */
export function anchorIn(text: string, { quote, position }: HighlightAnchor): Span | null {
  const { exact } = quote;
  if (!exact) return null;
  if (text.slice(position.start, position.end) === exact) return { start: position.start, end: position.end };
  const found = bestMatch(text, exact, quote.prefix, quote.suffix, position.start);
  if (found) return found;
  return looseMatch(text, quote.exact, quote.prefix, quote.suffix, position.start);
}

function bestMatch(text: string, exact: string, prefix: string, suffix: string, near: number): Span | null {
  let best: Span | null = null;
  let bestScore = -Infinity;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    const context =
      commonSuffix(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefix(text.slice(end, end + suffix.length), suffix);
    // Context dominates; distance only decides between equally surrounded copies.
    const score = context * 1e6 - Math.abs(at - near);
    if (score > bestScore) {
      bestScore = score;
      best = { start: at, end };
    }
  }
  return best;
}

/** The same search on whitespace-collapsed copies, mapped back to offsets in `text`. */
function looseMatch(text: string, exact: string, prefix: string, suffix: string, near: number): Span | null {
  const needle = collapse(exact).trim();
  if (!needle) return null;
  const { collapsed, offsets } = collapseWithOffsets(text);
  const nearCollapsed = offsets.findIndex((o) => o >= near);
  const found = bestMatch(collapsed, needle, collapse(prefix), collapse(suffix), Math.max(0, nearCollapsed));
  if (!found) return null;
  return { start: offsets[found.start]!, end: offsets[found.end - 1]! + 1 };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

function collapseWithOffsets(text: string): { collapsed: string; offsets: number[] } {
  let collapsed = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]!);
    if (space && collapsed.endsWith(' ')) continue;
    collapsed += space ? ' ' : text[i];
    offsets.push(i);
  }
  return { collapsed, offsets };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
