import { figureLabel } from './figure-label';
import { groupFigures } from './group-figures';
import { labelLanguage } from './label-words';
import { rowSalience } from './row-salience';
import type { Figure } from './types';

/** One row of the key-figures panel. */
export interface PanelRow {
  /** The figure the row shows first: the new value of a change, the price of a move. */
  figure: Figure;
  /** What and whose, in a few words: "SoftBank agreed to inject … in debt and equity". */
  label: string;
  /** The row's other figures, in text order: the value it changed from, the move of a price, a base. */
  members: Figure[];
  /** The row is a change: its members of the figure's kind are the values it changed from ("18% → 40%"). */
  change: boolean;
  /** Shown before "Show all": one of the first few rows above the salience threshold. */
  shown: boolean;
  /** Salience, higher first (rows come sorted by it). */
  salience: number;
}

export interface PanelOptions {
  title?: string;
  /** The standfirst or excerpt. */
  lead?: string;
  /** The article's language: labels leave out its function words ("der", "hasta el"). */
  lang?: string | null;
}

/** This many counts of one noun make a list. */
const LIST = 5;
/** This many scores make a results roundup. */
const RESULTS = 3;
/** What a row loses for repeating a higher row's label or value. */
const REPEAT = 0.7;
/** At most this many rows before "Show all". */
export const SHOWN_ROWS = 5;
/** Rows below this salience wait behind "Show all", so a page with nothing worth a box shows none. */
export const SHOWN_THRESHOLD = 2.7;

/**
 * The key-figures panel: related figures grouped into rows, each with a label, in the order a reader should see
 * them, the first few above a salience threshold `shown`. Pure; the figures come from `extractFigures`.
 * @param figures in text order
 * @param opts the headline and standfirst, whose figures lead the panel
 */
export function panelRows(figures: Figure[], opts: PanelOptions = {}): PanelRow[] {
  const story = { title: opts.title ?? '', lead: opts.lead ?? '' };
  labelLanguage(opts.lang);
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const rows = groupFigures(sorted).map((g) => {
    const label = figureLabel(g.head, g.members);
    const salience = rowSalience(g, label, story);
    return { figure: g.head, label, members: g.members, change: g.change, shown: false, salience };
  });
  // Many counts of one noun ("25 points", "17 points", …) are a results table or a list, not a story's figures.
  const perUnit = new Map<string, number>();
  const counts = rows.filter((r) => r.figure.kind === 'count' && r.figure.unit);
  for (const r of counts) perUnit.set(r.figure.unit!, (perUnit.get(r.figure.unit!) ?? 0) + 1);
  for (const r of counts) if (perUnit.get(r.figure.unit!)! >= LIST) r.salience -= 1.5;
  // Three scores or more are a results roundup ("Palm Bay d. Rockledge 70-44", …): a table, not one story's figure.
  const results = rows.filter((r) => r.figure.kind === 'result');
  if (results.length >= RESULTS) for (const r of results) r.salience -= 1.5;
  for (const r of rows) r.salience = Math.round(r.salience * 100) / 100;
  rows.sort((a, b) => b.salience - a.salience || a.figure.start - b.figure.start);
  // A row that says what a higher row already said (the same label, or the same value again) makes way for others.
  const seen = new Set<string>();
  for (const r of rows) {
    const keys = [r.label.toLowerCase(), `${r.figure.kind}:${JSON.stringify(r.figure.value)}:${r.figure.unit ?? ''}`];
    if (keys.some((k) => seen.has(k))) r.salience = Math.round((r.salience - REPEAT) * 100) / 100;
    keys.forEach((k) => k && seen.add(k));
  }
  rows.sort((a, b) => b.salience - a.salience || a.figure.start - b.figure.start);
  rows.forEach((r, i) => (r.shown = i < SHOWN_ROWS && r.salience >= SHOWN_THRESHOLD));
  return rows;
}
