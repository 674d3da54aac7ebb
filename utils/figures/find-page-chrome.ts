import { withEuropean } from './languages';

// Page furniture that survives extraction on some sites and holds digits that are not the story's figures.
// Every pattern starts at a digit or at a line start, so a long article costs little.
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
// Alternatives without their group: the European languages' words join once their tables load (withEuropean).
const SOCIAL =
  'views?|likes?|shares?|comments?|reactions?|followers?|subscribers?|plays?|listens?|retweets?|reposts?|replies|upvotes?|claps?';
const GALLERY = 'image|photo|picture|pic|slide|gallery|item|page|part|chapter|episode|step|question';
const AGENCY = '(?:Reuters|AP|AFP|Bloomberg|dpa|DPA|ANSA|EFE|Xinhua|IANS|PTI|UPI|CNN|AAP|Kyodo|Yonhap|KNA|epd)';

const patterns = withEuropean((eu) => {
  const social = `(?:${SOCIAL}${eu('social')})`;
  const inline = new RegExp(
    [
      // view counters: "12.3K views", "1.2M plays" (compact K/M is never how a writer gives a figure)
      `\\d[\\d.,]*\\s?[KkMm]\\+?\\s${social}\\b`,
      // reading times: "5 min read"
      `\\d{1,3}\\s?(?:min(?:ute)?s?|Min\\.)\\s(?:read${eu('reading')})\\b`,
      // gallery and series counters: "Image 1 of 13", "Photo 3/10", "part 1 of 3", "Bild 2 von 9"
      `(?=\\d)(?<=\\b(?:${GALLERY}${eu('gallery')})\\s)\\d{1,3}\\s?(?:(?:of|von|di|de|sur)(?:\\s?/)?|/)\\s?\\d{1,3}\\b`,
      // thread counters: "(1/3)"
      `\\(\\d{1,2}/\\d{1,2}\\)`,
    ].join('|'),
    'giu',
  );
  // A line that is only a counter: "1,204 comments", "Share 34", "4 of 12", or a "Published ..." stamp.
  const line = new RegExp(
    `^\\s*(?:\\d[\\d.,]*\\s?[KkMm]?\\s${social}|${social}\\s?\\(?\\d[\\d.,]*[KkMm]?\\)?|\\d{1,3}\\s?(?:of|/)\\s?\\d{1,3}|` +
      `(?:Published|Updated|Posted|Last updated|First published${eu('published')})\\b.*)\\s*(?:[·|•].{0,30})?$`,
    'iu',
  );
  return { inline, line };
});
// Datelines: "LONDON, March 3 (Reuters) -", "WASHINGTON, Jan. 4 —", "BERLIN (dpa) -"; case matters here.
const DATELINE_RE = new RegExp(
  `^\\s*\\p{Lu}[\\p{Lu} .'’-]{2,}(?:,\\s?\\p{Lu}[\\p{L} .]{1,20})?,?\\s(?:${MONTH}\\s\\d{1,2}(?:,\\s\\d{4})?\\s?)?(?:\\(${AGENCY}\\)\\s?)?[-–—]`,
  'u',
);

/** Character ranges of page chrome: view counters, gallery counters, reading times, datelines. */
export function findPageChrome(text: string): [number, number][] {
  const out: [number, number][] = [...text.matchAll(patterns().inline)].map((m) => [m.index, m.index + m[0].length]);
  const lineRe = patterns().line;
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.length <= 90 && /\d/.test(line)) {
      if (lineRe.test(line)) out.push([at, at + line.length]);
      const d = DATELINE_RE.exec(line);
      if (d) out.push([at, at + d[0].length]);
    }
    at += line.length + 1;
  }
  return out;
}
