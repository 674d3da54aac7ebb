/** A key figure found in article text (shape fixed by ../shared/DESIGN.md). */
export interface Figure {
  kind: 'money' | 'percent' | 'count' | 'quantity' | 'date' | 'duration' | 'ratio';
  /** Normalised: "$3.2bn" → 3.2e9, "8-10%" → [8, 10]. */
  value: number | [number, number];
  /** ISO 4217 for money ("USD"), "percent", singular SI/English unit name, or the counted noun as written. */
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
  /** For a converted pair ("3m yuan ($420,000)"): the second amount. */
  converted?: { value: number; unit: string; text: string };
  /** Salience for ordering the panel; higher first. */
  score: number;
}
