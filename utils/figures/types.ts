/** A key figure found in article text (shape fixed by ../shared/DESIGN.md). */
export interface Figure {
  /** "result": a score or vote tally ("won 3-1", "passed 212 to 204"), two numbers that are not a range. */
  kind: 'money' | 'percent' | 'count' | 'quantity' | 'date' | 'duration' | 'ratio' | 'result';
  /**
   * Normalised: "$3.2bn" → 3.2e9, "8-10%" → [8, 10]; a result keeps its two numbers in written order ([3, 1]).
   * Dates: YYYY, YYYYMM or YYYYMMDD as `unit` says, year 0 when the text gives none ("Sept. 14" on an undated page:
   * 914 with unit "day"), negative years BC, a decade by its first year (1990 with unit "decade").
   */
  value: number | [number, number];
  /**
   * ISO 4217 for money ("USD"), "percent", singular SI/English unit name, or the counted noun as written.
   * Dates: their precision, "day", "month", "year" or "decade".
   */
  unit?: string;
  /** The span in the article text. */
  text: string;
  start: number;
  end: number;
  /** The sentence the figure stands in. */
  sentence: string;
  /** What it is a figure of: "China's AI industry". */
  measures?: string;
  change?: 'up' | 'down' | 'approx' | 'more-than' | 'less-than';
  /** Dates only: the word that bounds the date as written ("by 2022", "since 1993"); a date is never `change`d. */
  qualifier?: 'by' | 'before' | 'until' | 'since' | 'after' | 'from';
  /** For a converted pair ("3m yuan ($420,000)"): the second amount. */
  converted?: { value: number; unit: string; text: string };
  /** Salience for ordering the panel; higher first. */
  score: number;
}
