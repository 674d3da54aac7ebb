import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { ArticleDraft } from '../../utils/article/types';

// Stopgap: the draft the popup would hand to saving, made in Node with Readability on the fixture page.
// Replace with utils/article extractArticle once `extract` is merged, and with the background save path once `ui` is.

export function fixtureDraft(file: string, pageUrl: string): ArticleDraft {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content || !parsed.textContent) throw new Error(`Readability found no article in ${file}`);
  const { document: body } = parseHTML(`<div>${parsed.content}</div>`);
  const images = [...body.querySelectorAll('img')].map((img) => {
    const src = new URL(img.getAttribute('src') ?? '', pageUrl).href;
    img.setAttribute('src', src);
    return src;
  });
  const text = parsed.textContent.trim();
  const words = text.split(/\s+/).length;
  return {
    url: pageUrl,
    canonicalUrl: pageUrl,
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    published: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
    dir: null,
    excerpt: parsed.excerpt ?? null,
    html: body.querySelector('div')!.innerHTML,
    text,
    words,
    readingMinutes: Math.max(1, Math.round(words / 230)),
    images,
    figures: [
      // What utils/figures would find for "$4.7bn"; replace with extractFigures(text) once `figures` is merged.
      { kind: 'money', value: 4.7e9, unit: 'USD', text: '$4.7bn', start: text.indexOf('$4.7bn'),
        end: text.indexOf('$4.7bn') + 6, sentence: 'a rebuild that took two years and cost $4.7bn', score: 1 },
    ],
  };
}
