import type { FullArticle } from '../../read/get-article';
import { escapeHtml } from '../escape-html';

// A page that reads alone, offline: its own style, no script, nothing fetched but pictures Sift did not store
// (those keep their web address and show their alt text offline). The CSP says so to the browser too.
const CSP = "default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'";

export const ARTICLE_CSS = `
:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fdfcf9; --muted: #5f6368; --line: #d9d6cf; --accent: #1a5fb4; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e6e3; --bg: #1b1b1d; --muted: #a8a8ad; --line: #3a3a3e; --accent: #8ab4f8; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1.125rem/1.65 Georgia, 'Times New Roman', serif; }
article { max-width: 40rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.25; }
a { color: var(--accent); }
img, video { max-width: 100%; height: auto; }
figure { margin: 1.5rem 0; }
figcaption, .sift-meta { color: var(--muted); font: 0.9rem/1.4 system-ui, sans-serif; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: start; }
blockquote { margin: 1rem 0; padding-inline-start: 1rem; border-inline-start: 3px solid var(--line); }
pre { overflow-x: auto; }
.sift-figures { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; margin: 1.5rem 0;
  font: 0.95rem/1.5 system-ui, sans-serif; }
.sift-figures h2 { font-size: 1rem; margin: 0.25rem 0; }
.sift-tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
.sift-highlights { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; margin: 1.5rem 0; }
.sift-highlights h2 { font: 1rem system-ui, sans-serif; margin: 0.25rem 0; }
mark.sift-hl-yellow, .sift-highlights .sift-hl-yellow { background: #ffe680; color: #1d1d1f; }
mark.sift-hl-green, .sift-highlights .sift-hl-green { background: #b7ebc6; color: #1d1d1f; }
mark.sift-hl-blue, .sift-highlights .sift-hl-blue { background: #bfdcff; color: #1d1d1f; }
mark.sift-hl-pink, .sift-highlights .sift-hl-pink { background: #ffc6e0; color: #1d1d1f; }
.sift-tags li { border: 1px solid var(--line); border-radius: 1rem; padding: 0 0.6rem; font: 0.85rem system-ui, sans-serif; }
`;

/** The line under the title: site, byline, date. */
export function metaLine({ row }: FullArticle): string {
  return [row.siteName, row.byline, row.published?.slice(0, 10)]
    .filter((x): x is string => Boolean(x))
    .map(escapeHtml)
    .join(' · ');
}

/** The key figures as a list, text escaped. */
export function figuresList({ body }: FullArticle, heading: string): string {
  if (!body.figures.length) return '';
  const items = body.figures
    .map((f) => `<li><strong>${escapeHtml(f.text)}</strong>${f.measures ? ` — ${escapeHtml(f.measures)}` : ''}</li>`)
    .join('');
  return `<section class="sift-figures"><h2>${escapeHtml(heading)}</h2><ul>${items}</ul></section>`;
}

/** One article as a whole HTML document; `bodyHtml` is its sanitised html with pictures already embedded. */
export function articlePage(article: FullArticle, bodyHtml: string, figuresHeading: string, extra = ''): string {
  const { row } = article;
  const lang = row.lang ? ` lang="${escapeHtml(row.lang)}"` : '';
  const dir = row.dir ? ` dir="${escapeHtml(row.dir)}"` : '';
  const tags = row.tags.length
    ? `<ul class="sift-tags">${row.tags.map((tag) => `<li>${escapeHtml(tag)}</li>`).join('')}</ul>`
    : '';
  return `<!DOCTYPE html>
<html${lang}${dir}><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(row.title)}</title>
<style>${ARTICLE_CSS}</style>
</head><body><article>
<header><h1>${escapeHtml(row.title)}</h1>
<p class="sift-meta">${metaLine(article)}</p>
<p class="sift-meta"><a href="${escapeHtml(row.url)}">${escapeHtml(row.url)}</a></p>${tags}</header>
${figuresList(article, figuresHeading)}
${extra}
<div class="sift-body">
${bodyHtml}
</div>
</article></body></html>
`;
}
