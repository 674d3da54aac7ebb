import type { ArticleDraft } from '../../../../utils/article/types';

// A page written for these tests: every structure the exports convert, in one article (the fixture pages are
// news prose and hold few lists, tables or links).
const html = `
<p>The council met on <em>Tuesday</em> and <strong>voted 7-2</strong> to fund the <a href="https://example.org/plan">harbour plan</a>.</p>
<h2>What changes</h2>
<ul>
  <li>Ferries run every <b>20 minutes</b></li>
  <li>Two new piers, see <a href="https://example.org/piers">the map</a>
    <ol><li>North pier</li><li>South pier &amp; "the steps" &lt;old&gt;</li></ol>
  </li>
</ul>
<figure><img src="https://img.example.org/harbour.png" alt="The harbour at dawn [photo]"><figcaption>The harbour, 2025</figcaption></figure>
<h3>Costs</h3>
<table>
  <thead><tr><th>Item</th><th>Cost</th></tr></thead>
  <tbody><tr><td><a href="https://example.org/ferries">Ferries</a></td><td>$4.2m</td></tr>
  <tr><td>Piers</td><td>$11m</td></tr></tbody>
</table>
<blockquote><p>"A good day for the town," said <i>the mayor</i>.</p></blockquote>
<h4>Pictures not kept</h4>
<p><img src="https://img.example.org/missing.jpg" alt="A picture the save could not fetch"> and a WebP one
<img src="https://img.example.org/photo.webp" alt="A WebP photo"></p>
<p>Text about &lt;script&gt; tags stays text, and so does a 1. at a line start.</p>
<p>Background: <a href="https://en.wikipedia.org/wiki/Harbour_(disambiguation)" title="Wiki &quot;page&quot;">harbours [disambiguation]</a>.</p>
<h2>Next steps</h2>
<ol><li>Tender in <a href="https://example.org/tender">March</a></li><li>Building from 2027</li></ol>
`;

export const RICH_IMAGES = {
  stored: 'https://img.example.org/harbour.png',
  missing: 'https://img.example.org/missing.jpg',
  webp: 'https://img.example.org/photo.webp',
};

export const richArticle: ArticleDraft = {
  url: 'https://news.example.org/harbour-plan',
  canonicalUrl: 'https://news.example.org/harbour-plan',
  title: 'Harbour plan: "yes" from the council / 7-2',
  byline: 'Ana Ruiz',
  siteName: 'Harbour News',
  published: '2026-11-30T08:00:00Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  html,
  text: 'The council met on Tuesday and voted 7-2 to fund the harbour plan. Ferries run every 20 minutes.',
  words: 120,
  readingMinutes: 1,
  images: [RICH_IMAGES.stored, RICH_IMAGES.missing, RICH_IMAGES.webp],
  figures: [
    {
      kind: 'result',
      value: [7, 2],
      text: 'voted 7-2',
      start: 36,
      end: 45,
      sentence: 'The council met on Tuesday and voted 7-2 to fund the harbour plan.',
      measures: 'the council vote',
      score: 3,
    },
  ],
};
