// `npm run bench -- figures`: the key-figures panel against an editor's picks (tests/fixtures/editor-picks/), on
// the zyte-dev pages and the fixture pages. Prints, for the old order (figures by score, label = `measures`) and
// for the panel (`panelRows`):
//   recall@5  editor picks matched by one of the first five shown rows (a row matches a pick when the span of the
//             figure or of one of its members overlaps the pick's surface where it stands in the text)
//   junk@5    rows among the first five shown that match no pick but a surface recorded as junk for the page
//   unjudged  rows among the first five shown that match neither (printed with --rows, to extend the set)
//   labels    shown rows matching a pick whose label agrees with the editor's: Dice overlap of content words
//             (lower case, a trailing plural "s" dropped, function words left out) >= 0.5
//   empty     pages with no pick that still show rows
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../../utils/article/extract-article.ts';
import { panelRows, type PanelRow } from '../../utils/figures/panel-rows.ts';
import type { Figure } from '../../utils/figures/types.ts';
import { parseHtml, readHtmlFile } from '../lib/parse-html.ts';

interface Pick {
  surface: string;
  value?: number | number[];
  unit?: string;
  label: string;
}
interface PageSet {
  picks: Pick[];
  junk: string[];
  note?: string;
}
interface Page {
  id: string;
  text: string;
  title: string;
  lead: string | null;
  lang: string | null;
  figures: Figure[];
  set: PageSet;
}

const PICKS = new URL('../../tests/fixtures/editor-picks/', import.meta.url);
// ../shared beside the checkout; SIFT_SHARED names it from a worktree elsewhere.
const SHARED = process.env.SIFT_SHARED
  ? pathToFileURL(`${process.env.SIFT_SHARED}/`)
  : new URL('../../../shared/', import.meta.url);
const ZYTE = new URL('corpus/zyte-dev/', SHARED);
const PAGES = new URL('../../tests/fixtures/pages/', import.meta.url);

function load(): Page[] {
  const out: Page[] = [];
  const read = (file: string, id: string, set: PageSet) => {
    if (!existsSync(file)) return;
    const url = `https://bench.example/${id}`;
    const r = extractArticle(parseHtml(readHtmlFile(file)), url, { contentType: 'text/html' });
    if (!r.ok) return;
    const a = r.article;
    out.push({ id, text: a.text, title: a.title, lead: a.excerpt, lang: a.lang, figures: a.figures, set });
  };
  const zyte = JSON.parse(readFileSync(new URL('zyte-dev.json', PICKS), 'utf8')) as Record<string, PageSet>;
  for (const [id, set] of Object.entries(zyte)) read(new URL(`${id}.html.gz`, ZYTE).pathname, id.slice(0, 12), set);
  const pages = JSON.parse(readFileSync(new URL('pages.json', PICKS), 'utf8')) as Record<string, PageSet>;
  for (const [id, set] of Object.entries(pages)) read(new URL(`${id}/source.html`, PAGES).pathname, id, set);
  return out;
}

/** Where a surface stands in the text, as a whole token run (not "6" inside "46"). */
// A word character of a script that puts spaces between words: Chinese and Japanese run figures into the words
// beside them (增长6.2%), so a Han or kana neighbour is a boundary, as a space is in English.
const WORDY = /(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}]/u;

function spans(text: string, surface: string): [number, number][] {
  const out: [number, number][] = [];
  const edge = (c: string | undefined) => !c || !WORDY.test(c) || !WORDY.test(surface[0]!);
  for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + 1)) {
    const next = text[at + surface.length];
    const endOk = !next || !WORDY.test(next) || !WORDY.test(surface.at(-1)!);
    // "5%" is not a match inside "3.5%", nor "5" inside "5.4": a decimal point between digits joins one number.
    const decimalBefore = /\d/.test(surface[0]!) && /[.,]/.test(text[at - 1] ?? '') && /\d/.test(text[at - 2] ?? '');
    const decimalAfter =
      /\d/.test(surface.at(-1)!) && /[.,]/.test(next ?? '') && /\d/.test(text[at + surface.length + 1] ?? '');
    if (edge(text[at - 1]) && endOk && !decimalBefore && !decimalAfter) out.push([at, at + surface.length]);
  }
  return out;
}

const STOPS = new Set(
  (
    'the a an of in on at to for by from with and or its their his her this that as is are was were be s per than ' +
    'into over up down about after before new last next'
  ).split(' '),
);
export function contentWords(s: string): Set<string> {
  const words =
    s
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !STOPS.has(w)).map((w) => (w.length > 3 ? w.replace(/s$/, '') : w)));
}
export function labelAgrees(label: string, editor: string): boolean {
  const a = contentWords(label),
    b = contentWords(editor);
  if (!a.size || !b.size) return false;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size) >= 0.5;
}

interface Ranked {
  figures: Figure[];
  label: string;
  shown: boolean;
  salience?: number;
}
const COUNTS = ['picks', 'hit5', 'found', 'shown5', 'junk5', 'unjudged5'] as const;
const MORE = ['labelled', 'agree', 'emptyPages', 'emptyShown'] as const;
type Tally = Record<(typeof COUNTS)[number] | (typeof MORE)[number], number>;

function score(pages: Page[], rank: (p: Page) => Ranked[], showRows: boolean): Tally {
  const t = Object.fromEntries([...COUNTS, ...MORE].map((k) => [k, 0])) as Tally;
  for (const page of pages) {
    const rows = rank(page);
    const top = rows.filter((r) => r.shown).slice(0, 5);
    const pickSpans = page.set.picks.map((p) => spans(page.text, p.surface));
    const junkSpans = page.set.junk.flatMap((j) => spans(page.text, j));
    const hits = (r: Ranked, ss: [number, number][]) =>
      r.figures.some((f) => ss.some(([s, e]) => f.start < e && f.end > s));
    t.picks += page.set.picks.length;
    if (!page.set.picks.length) {
      t.emptyPages++;
      if (top.length) t.emptyShown++;
    }
    pickSpans.forEach((ss) => {
      if (top.some((r) => hits(r, ss))) t.hit5++;
      if (rows.some((r) => hits(r, ss))) t.found++;
      if (showRows && !top.some((r) => hits(r, ss))) {
        const at = rows.findIndex((r) => hits(r, ss));
        const where = `row ${at}${at >= 0 ? ` ${rows[at]!.salience}` : ''}`;
        console.log(`  - ${page.id.padEnd(14)} missed ${page.set.picks[pickSpans.indexOf(ss)]!.surface} (${where})`);
        if (process.env.BENCH_SENTENCES && at >= 0)
          console.log(`      | ${rows[at]!.label} | ${rows[at]!.figures[0]!.sentence}`);
      }
    });
    for (const r of top) {
      t.shown5++;
      const pick = pickSpans.findIndex((ss) => hits(r, ss));
      if (pick >= 0) {
        t.labelled++;
        if (labelAgrees(r.label, page.set.picks[pick]!.label)) t.agree++;
      } else if (hits(r, junkSpans)) t.junk5++;
      else t.unjudged5++;
      if (showRows) {
        const agrees = pick >= 0 && labelAgrees(r.label, page.set.picks[pick]!.label);
        const mark = pick >= 0 ? (agrees ? '+' : '~') : hits(r, junkSpans) ? 'J' : '?';
        const texts = r.figures.map((f) => f.text).join(' / ');
        const editor = pick >= 0 && !agrees ? `   (editor: ${page.set.picks[pick]!.label})` : '';
        if (process.env.BENCH_SENTENCES && pick >= 0 && !agrees) console.log(`      | ${r.figures[0]!.sentence}`);
        console.log(`  ${mark} ${page.id.padEnd(14)} ${r.salience ?? ''} ${texts.padEnd(28)} · ${r.label}${editor}`);
      }
    }
  }
  return t;
}

const oldOrder = (p: Page): Ranked[] =>
  [...p.figures]
    .sort((a, b) => b.score - a.score)
    .map((f, i) => ({ figures: [f], label: f.measures ?? f.sentence, shown: i < 5 }));
const panel = (p: Page): Ranked[] =>
  panelRows(p.figures, { title: p.title, lead: p.lead ?? undefined, lang: p.lang }).map((r: PanelRow) => ({
    figures: [r.figure, ...r.members],
    label: r.label,
    shown: r.shown,
    salience: r.salience,
  }));

export async function run(): Promise<void> {
  if (!existsSync(ZYTE)) {
    console.log('figures-editor: ../shared/corpus/zyte-dev not found, skipped');
    return;
  }
  const pages = load();
  const show = process.argv.includes('--rows');
  const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '-'}%`.padStart(7);
  console.log(`\nEditor picks: ${pages.length} pages, ${pages.reduce((n, p) => n + p.set.picks.length, 0)} picks`);
  console.log(
    'order                          recall@5   found   junk@5  unjudged@5  labels agree  empty pages showing rows',
  );
  for (const [name, rank] of [
    ['old: by score, label=measures', oldOrder],
    ['panelRows', panel],
  ] as const) {
    if (show) console.log(`-- ${name}`);
    const t = score(pages, rank, show && (name === 'panelRows') !== !!process.env.BENCH_OLD);
    console.log(
      `${name.padEnd(30)} ${pct(t.hit5, t.picks)} ${pct(t.found, t.picks)} ${String(t.junk5).padStart(6)} ` +
        `${String(t.unjudged5).padStart(9)}  ${pct(t.agree, t.labelled)} (${t.agree}/${t.labelled})   ` +
        `${t.emptyShown}/${t.emptyPages}`,
    );
  }
}
