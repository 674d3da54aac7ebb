import { isProbablyReaderable } from '@mozilla/readability';

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;

/**
 * Readability's "is this an article?" test, with thresholds scaled for Chinese, Japanese and Korean text, where
 * a paragraph says in 70 characters what English says in 200 (its defaults turn away every CJK news page).
 */
export function isReadable(doc: Document): boolean {
  const sample = (doc.body?.textContent ?? '').slice(0, 20_000);
  const cjk = sample.match(CJK)?.length ?? 0;
  const dense = cjk > sample.replace(/\s+/g, '').length * 0.3;
  return dense ? isProbablyReaderable(doc, { minContentLength: 50, minScore: 8 }) : isProbablyReaderable(doc);
}
