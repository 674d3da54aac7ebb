import { findMatches, type Match } from './find-matches';

import type { SnippetPart } from '../db/types';

export type { SnippetPart };

/** Characters of context kept before the first match; about twice as many follow it. */
export const SNIPPET_BEFORE = 60;
export const SNIPPET_LENGTH = 200;

/** The whole text cut into parts with every match marked (for a title). */
export function markParts(text: string, query: string): SnippetPart[] {
  return split(text, findMatches(text, query), 0, text.length);
}

/**
 * The text around the first match, with the matches in it marked and "…" where it was cut; null when the text
 * holds no match (the article was found by its title or a figure's other form).
 */
export function buildSnippet(text: string, query: string): SnippetPart[] | null {
  const matches = findMatches(text, query);
  const first = matches[0];
  if (!first) return null;
  let start = Math.max(0, first.start - SNIPPET_BEFORE);
  let end = Math.min(text.length, Math.max(first.end, start + SNIPPET_LENGTH));
  // Cut at spaces where the text has them, so no word is shown in half.
  if (start > 0) start = snap(text, start, first.start, 1);
  if (end < text.length) end = snap(text, end, first.end, -1);
  const parts = split(
    text,
    matches.filter((m) => m.start >= start && m.end <= end),
    start,
    end,
  );
  if (start > 0) parts.unshift({ text: '…' });
  if (end < text.length) parts.push({ text: '…' });
  return parts;
}

// The nearest whitespace from `at` toward `limit` (never past it), or `at` when there is none (Chinese, Japanese).
function snap(text: string, at: number, limit: number, step: 1 | -1): number {
  for (let i = at; step > 0 ? i < limit : i > limit; i += step) {
    if (/\s/.test(text[i]!)) return step > 0 ? i + 1 : i;
  }
  return at;
}

function split(text: string, matches: readonly Match[], start: number, end: number): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = start;
  for (const m of matches) {
    if (m.start > at) parts.push({ text: clean(text.slice(at, m.start)) });
    parts.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < end) parts.push({ text: clean(text.slice(at, end)) });
  return parts;
}

// Paragraph breaks read as one line in a list row.
function clean(text: string): string {
  return text.replace(/\s+/g, ' ');
}
