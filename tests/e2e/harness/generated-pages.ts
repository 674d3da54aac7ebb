// Pages made for bad-input tests: written to a temp dir and served from 127.0.0.1 like the fixtures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deepPage, hugePage } from '../../fixtures/hostile/pages.ts';

const clutter = `
  <div class="ad-slot" id="ad-top" data-ad-unit="top"><span>Advertisement</span><iframe title="Advertisement" src="about:blank"></iframe></div>
  <div id="onetrust-banner-sdk" class="cookie-banner" style="position:fixed;bottom:0">We use cookies to improve your experience. <button>Accept all</button></div>
  <div class="app-promo">Download the app <a href="https://apps.apple.com/app/id1">App Store</a></div>`;

/** A shop-like page with short texts and the usual clutter: not an article, so Sift must leave it alone. */
export const nonArticlePage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop - Lamps</title>
<meta property="og:type" content="website"></head><body>
<nav><a href="/">Home</a> <a href="/lamps">Lamps</a> <a href="/chairs">Chairs</a></nav>
${clutter}
<ul class="products">${Array.from({ length: 12 }, (_, i) => `<li><a href="/p/${i}">Lamp ${i}</a> <span>$${20 + i}</span></li>`).join('')}</ul>
<p>Free delivery over $50.</p></body></html>`;

/** An article under a consent overlay that locked scrolling on <html> and <body>, as consent managers do. */
export function scrollLockedPage(): string {
  const paragraphs = Array.from(
    { length: 12 },
    (_, i) =>
      `<p>Part ${i}: the harbour authority said on Tuesday that container traffic rose for the third month running, helped by a late rush of orders before new tariffs take effect in the spring.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en" style="overflow:hidden"><head><meta charset="utf-8"><title>Harbour traffic rises</title>
<meta property="og:type" content="article"></head><body style="overflow:hidden">
${clutter}
<article><h1>Harbour traffic rises again</h1>${paragraphs}</article></body></html>`;
}

/** A one-page PDF with a line of text (byte offsets in its xref table computed, so viewers open it cleanly). */
export function minimalPdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 18 Tf 72 720 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 18 Tf 72 720 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Writes the generated pages to a fresh temp dir: non-article.html, huge.html (100,000 elements), deep.html (500 levels, under Firefox's 513 parser limit, which logs an error past it), scroll-locked.html, report.pdf and document (the same PDF, typed by its bytes). */
export function writeGeneratedPages(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sift-generated-'));
  writeFileSync(join(dir, 'non-article.html'), nonArticlePage);
  writeFileSync(join(dir, 'huge.html'), hugePage(100_000));
  writeFileSync(join(dir, 'deep.html'), deepPage(500));
  writeFileSync(join(dir, 'scroll-locked.html'), scrollLockedPage());
  // The same PDF by an address ending in .pdf, and by content type alone.
  writeFileSync(join(dir, 'report.pdf'), minimalPdf('Annual report 2026'));
  writeFileSync(join(dir, 'document'), minimalPdf('Annual report 2026'));
  return dir;
}
