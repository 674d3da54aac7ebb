// Page furniture that survives extraction on some sites and holds digits that are not the story's figures.
// Every pattern starts at a digit or at a line start, so a long article costs little.
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const SOCIAL =
  '(?:views?|likes?|shares?|comments?|reactions?|followers?|subscribers?|plays?|listens?|retweets?|reposts?|replies|upvotes?|claps?|Aufrufe|vues|visualizaciones|visualizzazioni|visualizações)';
const GALLERY =
  '(?:image|photo|picture|pic|slide|gallery|item|page|part|chapter|episode|step|question|bild|foto|seite|teil|folge|imagen|immagine|imagem|página|pagina|parte|partie|étape|diapositive)';
const AGENCY = '(?:Reuters|AP|AFP|Bloomberg|dpa|DPA|ANSA|EFE|Xinhua|IANS|PTI|UPI|CNN|AAP|Kyodo|Yonhap|KNA|epd)';

const INLINE_RE = new RegExp(
  [
    // view counters: "12.3K views", "1.2M plays" (compact K/M is never how a writer gives a figure)
    `\\d[\\d.,]*\\s?[KkMm]\\+?\\s${SOCIAL}\\b`,
    // reading times: "5 min read"
    `\\d{1,3}\\s?(?:min(?:ute)?s?|Min\\.)\\s(?:read|Lesezeit|de lecture|de lectura|di lettura|de leitura)\\b`,
    // gallery and series counters: "Image 1 of 13", "Photo 3/10", "part 1 of 3", "Bild 2 von 9"
    `(?=\\d)(?<=\\b${GALLERY}\\s)\\d{1,3}\\s?(?:(?:of|von|di|de|sur)(?:\\s?/)?|/)\\s?\\d{1,3}\\b`,
    // thread counters: "(1/3)"
    `\\(\\d{1,2}/\\d{1,2}\\)`,
  ].join('|'),
  'giu',
);
// A line that is only a counter: "1,204 comments", "Share 34", "4 of 12", or a "Published ..." stamp.
const LINE_RE = new RegExp(
  `^\\s*(?:\\d[\\d.,]*\\s?[KkMm]?\\s${SOCIAL}|${SOCIAL}\\s?\\(?\\d[\\d.,]*[KkMm]?\\)?|\\d{1,3}\\s?(?:of|/)\\s?\\d{1,3}|` +
    '(?:Published|Updated|Posted|Last updated|First published|Veröffentlicht|Aktualisiert|Publié|Mis à jour|Publicado|' +
    'Actualizado|Pubblicato|Aggiornato)\\b.*)\\s*(?:[·|•].{0,30})?$',
  'iu',
);
// Datelines: "LONDON, March 3 (Reuters) -", "WASHINGTON, Jan. 4 —", "BERLIN (dpa) -"; case matters here.
const DATELINE_RE = new RegExp(
  `^\\s*\\p{Lu}[\\p{Lu} .'’-]{2,}(?:,\\s?\\p{Lu}[\\p{L} .]{1,20})?,?\\s(?:${MONTH}\\s\\d{1,2}(?:,\\s\\d{4})?\\s?)?(?:\\(${AGENCY}\\)\\s?)?[-–—]`,
  'u',
);

/** Character ranges of page chrome: view counters, gallery counters, reading times, datelines. */
export function findPageChrome(text: string): [number, number][] {
  const out: [number, number][] = [...text.matchAll(INLINE_RE)].map((m) => [m.index, m.index + m[0].length]);
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.length <= 90 && /\d/.test(line)) {
      if (LINE_RE.test(line)) out.push([at, at + line.length]);
      const d = DATELINE_RE.exec(line);
      if (d) out.push([at, at + d[0].length]);
    }
    at += line.length + 1;
  }
  return out;
}
