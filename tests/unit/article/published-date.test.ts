// The header's publication date and the one figures resolve "last year" against are the same, and plausible.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article/extract-article';
import { plausibleDate } from '../../../utils/figures/plausible-date';
import { parseHtml } from '../../../scripts/lib/parse-html';

const body = `<article><h1>Town buys electric buses</h1>
<p>Last year the town spent $40 million on new buses, and the council says ridership rose 12% over the summer.</p>
<p>The depot will open in March, and the first electric routes are due to start by the end of the
spring.</p>
<p>Drivers trained for six weeks on the new vehicles, and the union welcomed the change to quieter
engines.</p></article>`;
const page = (head: string) =>
  parseHtml(
    `<!doctype html><html lang="en"><head><title>Town buys electric buses</title>${head}</head>` +
      `<body>${body}</body></html>`,
  );

function read(head: string) {
  const result = extractArticle(page(head), 'https://news.example/buses', { force: true });
  if (!result.ok) throw new Error(result.error.message);
  const { published, figures } = result.article;
  const dates = figures.filter((f) => f.kind === 'date').map((f) => [f.text, f.value]);
  return { published, dates };
}

describe('publication date for figures', () => {
  it('uses the fallback date the header shows when no meta tag Sift reads has one', () => {
    // parsely-pub-date is read by Readability only: the header showed it, figures did not.
    const { published, dates } = read('<meta name="parsely-pub-date" content="2024-11-20T08:00:00Z">');
    expect(published).toBe('2024-11-20T08:00:00.000Z');
    expect(dates).toEqual([
      ['Last year', 2023],
      ['March', 202503],
    ]);
  });

  it('ignores an implausible meta date and takes the next plausible one', () => {
    const { published, dates } = read(
      '<meta property="article:published_time" content="1970-01-01T00:00:00Z"><time datetime="2022-05-02">2 May</time>',
    );
    expect(published).toBe('2022-05-02T00:00:00.000Z');
    expect(dates).toEqual([
      ['Last year', 2021],
      ['March', 202303],
    ]);
  });

  it('shows no date and resolves none when every date is implausible', () => {
    const { published, dates } = read('<meta property="article:published_time" content="2999-01-01T00:00:00Z">');
    expect(published).toBeNull();
    expect(dates).toEqual([['March', 3]]);
  });
});

describe('plausibleDate', () => {
  const now = Date.UTC(2025, 7, 3);
  it.each([
    ['2024-02-29T10:00:00+01:00', '2024-02-29T09:00:00.000Z'],
    ['1990-01-01', '1990-01-01T00:00:00.000Z'],
    ['2026-07-01', '2026-07-01T00:00:00.000Z'],
    ['1989-12-31', null],
    ['1970-01-01T00:00:00Z', null],
    ['2026-09-01', null],
    ['soon', null],
    ['', null],
    [null, null],
  ])('%s → %s', (value, want) => expect(plausibleDate(value, now)).toBe(want));
});
