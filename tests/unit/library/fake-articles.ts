import type { ArticleDraft } from '../../../utils/article/types';
import type { Figure } from '../../../utils/figures/types';

const WORDS = (
  'economy market growth inflation policy health hospital energy climate election court budget trade ' +
  'school water housing transport science research data network company profit revenue workers union city ' +
  'province minister report survey'
).split(' ');
const SITES = ['Daily Ledger', 'Morning Post', 'The Observer', 'Tech Wire', 'Harbour News'];

// Deterministic pseudo-random so a bench run and a test see the same articles.
function pick<T>(list: readonly T[], seed: number): T {
  return list[((seed * 2654435761) % 2 ** 32) % list.length]!;
}

/**
 * Article i of a fake library of corpus-like size (about 800 words, a few figures). Article i always mentions
 * "item{i}" and, for the bench's search, the figure "{i % 97}%".
 */
export function makeFakeArticle(i: number, words = 800): ArticleDraft {
  const site = pick(SITES, i + 1);
  const pct = `${i % 97}%`;
  const sentence = `Spending rose ${pct} to $${(i % 9) + 1}.5bn last year.`;
  const body: string[] = [sentence, `This is item${i}.`];
  for (let w = 0; body.length < words / 8; w++) {
    body.push(`${Array.from({ length: 8 }, (_, k) => pick(WORDS, i * 131 + w * 17 + k)).join(' ')}.`);
  }
  const text = body.join(' ');
  const figures: Figure[] = [
    {
      kind: 'percent',
      value: i % 97,
      unit: 'percent',
      text: pct,
      start: 13,
      end: 13 + pct.length,
      sentence,
      measures: 'Spending',
      score: 2,
    },
    {
      kind: 'money',
      value: ((i % 9) + 1.5) * 1e9,
      unit: 'USD',
      text: `$${(i % 9) + 1}.5bn`,
      start: 0,
      end: 0,
      sentence,
      score: 1,
    },
  ];
  const host = site.toLowerCase().replace(/\W+/g, '-');
  const url = `https://${host}.example/story/${i}`;
  return {
    url,
    canonicalUrl: url,
    title: `Story ${i}: ${pick(WORDS, i)} and ${pick(WORDS, i + 7)}`,
    byline: `Reporter ${i % 40}`,
    siteName: site,
    published: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
    lang: 'en',
    dir: 'ltr',
    excerpt: sentence,
    html: body.map((p) => `<p>${p}</p>`).join('') + `<img src="https://${host}.example/img/${i}.jpg" alt="">`,
    text,
    words: text.split(/\s+/).length,
    readingMinutes: Math.max(1, Math.round(text.split(/\s+/).length / 230)),
    images: [`https://${host}.example/img/${i}.jpg`],
    figures,
  };
}
