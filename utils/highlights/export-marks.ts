// Highlights in exported articles: marked in the article's own text (the export's parsed copy, never the page),
// and listed with their notes, which a mark alone cannot show.
import { anchorIn } from './anchor';
import { HL_CLASS, textIndex, wrapRange } from './dom';
import type { Highlight } from './types';

/** Wraps each highlight found in `body` in <mark class="sift-hl sift-hl-colour">; returns those not found. */
export function markHighlights(body: Element, highlights: readonly Highlight[] = []): Highlight[] {
  const { text } = textIndex(body);
  const lost: Highlight[] = [];
  for (const h of highlights) {
    const span = anchorIn(text, h);
    if (!span) {
      lost.push(h);
      continue;
    }
    wrapRange(body, span.start, span.end, (mark) => {
      mark.setAttribute('class', `${HL_CLASS} sift-hl-${h.color}`);
      if (h.note) mark.setAttribute('title', h.note);
    });
  }
  return lost;
}

/** The highlights as a list (quote, then note), for HTML and EPUB; `escape` is the format's own escaper. */
export function highlightsSection(
  highlights: readonly Highlight[] = [],
  heading: string,
  escape: (s: string) => string,
): string {
  if (!highlights.length) return '';
  const items = highlights
    .map(
      (h) =>
        `<li><blockquote class="sift-hl-${h.color}">${escape(h.quote.exact)}</blockquote>${h.note ? `<p>${escape(h.note)}</p>` : ''}</li>`,
    )
    .join('');
  return `<section class="sift-highlights"><h2>${escape(heading)}</h2><ul>${items}</ul></section>`;
}

/** The highlights as Markdown: each quote as a blockquote, its note under it. */
export function highlightsMarkdown(highlights: readonly Highlight[] = [], heading: string): string {
  if (!highlights.length) return '';
  const quote = (s: string) =>
    s
      .trim()
      .split(/\n+/)
      .map((line) => `> ${line}`)
      .join('\n');
  const items = highlights.map((h) => `${quote(h.quote.exact)}${h.note ? `\n\n${h.note.trim()}` : ''}`);
  return `\n## ${heading}\n\n${items.join('\n\n')}\n`;
}
