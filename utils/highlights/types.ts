// Highlights and notes as the library keeps them. The anchor is two W3C Web Annotation selectors
// (https://www.w3.org/TR/annotation-model/#selectors): the quote with some context, and its position in the
// article's text content. The position is the fast path; the quote finds the place again after a re-save changed
// the text before it.

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to QUOTE_CONTEXT characters of text just before `exact` ('' at the start). */
  prefix: string;
  /** Up to QUOTE_CONTEXT characters of text just after `exact` ('' at the end). */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offsets in UTF-16 code units over the article body's text content (textContent of the rendered body). */
  start: number;
  end: number;
}

export interface HighlightAnchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Highlight extends HighlightAnchor {
  id: string;
  articleId: string;
  color: HighlightColor;
  /** '' when the reader wrote none. */
  note: string;
  createdAt: number;
  updatedAt: number;
}

/** What the toolbar hands over: the place and the reader's choices; ids and times are the store's. */
export type NewHighlight = HighlightAnchor & Pick<Highlight, 'color' | 'note'>;

export type HighlightPatch = Partial<Pick<Highlight, 'color' | 'note'>>;

/** How the clean view reads and writes the open article's highlights (library page, popup). */
export interface HighlightsController {
  items: Highlight[];
  /** Shown in the toolbar over a new selection (the popup: "Highlighting saves this page"). */
  hint?: string;
  add(input: NewHighlight): Promise<void>;
  update(id: string, patch: HighlightPatch): Promise<void>;
  remove(id: string): Promise<void>;
}

export const isHighlightColor = (value: unknown): value is HighlightColor =>
  (HIGHLIGHT_COLORS as readonly unknown[]).includes(value);
