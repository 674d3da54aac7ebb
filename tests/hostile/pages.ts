import { fillPayload, type Payload } from './payloads';

// Plain paragraphs of news prose so extraction treats the page as an article.
const PROSE = [
  'The city council voted on Tuesday to expand the tram network by 12 kilometres, the largest extension since the line opened in 1994, after a debate that lasted well into the evening.',
  'Officials said the project would cost about €480m and take four years to build, with the first new stops opening in 2027 if the national government approves its share of the funding.',
  'Residents along the planned route have been divided. Some welcome faster journeys into the centre, while shop owners worry that two years of roadworks will drive customers away from their streets.',
  'The council estimates that 38,000 people a day will use the new section, cutting car journeys in the east of the city by roughly 9% and easing congestion on the ring road at rush hour.',
  'Opposition members questioned the forecasts, pointing out that passenger numbers on the existing line are still 6% below their level before the pandemic, and asked for an independent review.',
  'The transport authority said it would publish detailed plans next month and hold public meetings in each affected district before the final route is fixed in the spring.',
];

/** An article page with `payloads` planted between and inside its paragraphs; `{B}` resolved to `beaconBase`. */
export function hostileArticlePage(
  payloads: Payload[],
  beaconBase: string,
  title = 'Council backs tram extension',
  // The page's own lang attribute (as written, quotes and all) and extra head markup (issue 17's bad metadata).
  { lang = '"en"', head = '' }: { lang?: string; head?: string } = {},
): string {
  const blocks: string[] = [];
  payloads.forEach((payload, i) => {
    const prose = PROSE[i % PROSE.length]!;
    const planted = fillPayload(payload, beaconBase);
    blocks.push(i % 2 ? `<p>${prose} ${planted}</p>` : `<p>${prose}</p>\n${planted}`);
  });
  return `<!doctype html><html lang=${lang}><head><meta charset="utf-8"><title>${title}</title>
<meta name="author" content="Ana Ruiz">${head}</head><body>
<header><a href="/">The Daily Example</a></header>
<main><article><h1>${title}</h1><p class="byline">By Ana Ruiz</p>
${blocks.join('\n')}
</article></main></body></html>`;
}

/** A page with `count` elements, most of them in a deep-ish grid of small divs after a real article. */
export function hugePage(count: number): string {
  const cells: string[] = [];
  for (let i = 0; i < count; i++) cells.push(`<div class="c${i % 50}"><span>${i}</span></div>`);
  return page('A very large page', `${PROSE.map((p) => `<p>${p}</p>`).join('')}`, `<section>${cells.join('')}</section>`);
}

/** Elements nested `depth` deep, the article at the bottom. */
export function deepPage(depth: number): string {
  return page('A deeply nested page', '<div>'.repeat(depth) + PROSE.map((p) => `<p>${p}</p>`).join('') + '</div>'.repeat(depth), '');
}

/** A table of roughly `megabytes` MB after the article. */
export function giantTablePage(megabytes: number): string {
  const row = '<tr><td>Station name</td><td>12,345</td><td>6.7%</td><td>Open</td></tr>';
  const rows = Math.ceil((megabytes * 1024 * 1024) / row.length);
  return page('A page with a giant table', PROSE.map((p) => `<p>${p}</p>`).join(''), `<table>${row.repeat(rows)}</table>`);
}

function page(title: string, article: string, rest: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<main><article><h1>${title}</h1>${article}</article></main>${rest}</body></html>`;
}

/**
 * An article whose page keeps adding content forever, as infinite-scroll news pages do: every `everyMs` a block
 * with a teaser paragraph, an ad slot and an app promo is appended below it (ids `more-N`, `ad-N`, `promo-N`).
 */
export function infiniteScrollPage(everyMs = 250): string {
  const script = `<script>
let n = 0;
setInterval(() => {
  n += 1;
  const block = document.createElement('section');
  block.className = 'more-stories';
  block.innerHTML = '<h2>Story ' + n + '</h2><p id="more-' + n + '">' + ${JSON.stringify(PROSE[3]!)} + '</p>' +
    '<div class="ad-slot" id="ad-' + n + '" data-ad-unit="feed"><span>Advertisement</span></div>' +
    '<div class="app-promo" id="promo-' + n + '">Download the app <a href="https://apps.apple.com/app/id1">App Store</a></div>' +
    Array.from({ length: 40 }, (_, i) => '<div class="card"><span>' + i + '</span></div>').join('');
  document.body.appendChild(block);
}, ${everyMs});
</script>`;
  return page('A page that keeps loading', PROSE.map((p) => `<p>${p}</p>`).join(''), script);
}
