import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArticleDraft } from '../../utils/article/types';
import { extractFigures } from '../../utils/figures/index';
import type { Figure } from '../../utils/figures/types';

// The saved library the Chromium benches run beside: the corpus's real article texts repeated under distinct URLs,
// so sizes and vocabulary are those of real news (not lorem ipsum).

// SIFT_BENCH_COUNT makes a quicker, smaller run while working on the library; the issue's figure is 10,000.
export const COUNT = Number(process.env.SIFT_BENCH_COUNT ?? 10_000);
const GROUND_TRUTH = resolve('../shared/corpus/zyte-dev/ground-truth.json');

export interface Base {
  url: string;
  text: string;
  figures: Figure[];
}

/** The corpus article texts with their figures, or null (said once) when the corpus is absent. */
export function loadBases(): Base[] | null {
  if (!existsSync(GROUND_TRUTH)) {
    console.log(`skipped: ${GROUND_TRUTH} is absent (the corpus lives in ../shared)`);
    return null;
  }
  const truth = JSON.parse(readFileSync(GROUND_TRUTH, 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.values(truth).map((page) => ({
    url: page.url,
    text: page.articleBody,
    figures: extractFigures(page.articleBody),
  }));
}

/**
 * A reader's library grows a save at a time, and the bench's fill must leave the files a reader's saves would. Chromium
 * writes an undo log (LevelDBScopes) for any transaction whose writes pass 1 MB and later cleans it up, leaving
 * tombstones that every browser start iterates past until LevelDB compacts: filled 50 articles to a transaction, the
 * library's first open after a restart took about 275 ms, and a trace put 300 ms in OpenAndVerify.LevelDBScopes.
 * Ten corpus-size articles stay under 1 MB (one per transaction measured a like open, at 2.4x the fill time).
 */
const FILL_BATCH = 10;

/**
 * Fills the library through `saveMany` (the library page's test hook, run in the page) with COUNT articles: drafts
 * are made here and sent over CDP, as the extension's CSP allows no injected script.
 */
export async function fillLibrary(bases: Base[], saveMany: (drafts: ArticleDraft[]) => Promise<void>): Promise<void> {
  for (let start = 0; start < COUNT; start += FILL_BATCH) {
    await saveMany(Array.from({ length: Math.min(FILL_BATCH, COUNT - start) }, (_, k) => draftFrom(bases, start + k)));
  }
}

/** A saved article made from corpus text `i % n`, under its own URL. */
export function draftFrom(bases: Base[], i: number): ArticleDraft {
  const base = bases[i % bases.length]!;
  const paragraphs = base.text.split(/\n+/).filter(Boolean);
  const url = `${base.url.replace(/#.*/, '')}${base.url.includes('?') ? '&' : '?'}sift-bench=${i}`;
  const words = base.text.split(/\s+/).length;
  return {
    url,
    canonicalUrl: url,
    title: `${(paragraphs[0] ?? 'Untitled').slice(0, 90)} (${i})`,
    byline: null,
    siteName: new URL(base.url).hostname,
    published: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    html: paragraphs.map((p) => `<p>${p.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`).join(''),
    text: base.text,
    words,
    readingMinutes: Math.max(1, Math.round(words / 230)),
    images: [],
    figures: base.figures,
  };
}
