import type { FullArticle } from '../../read/get-article';

// YAML front matter for notes apps (Obsidian, Logseq, Zettlr read it). Every string is written as a JSON string,
// which YAML reads as the same double-quoted scalar, so no title or byline can break out of its line.
const str = (value: string | null | undefined) => (value ? JSON.stringify(value) : 'null');
const iso = (ms: number) => new Date(ms).toISOString();

/** The article's metadata, key figures and highlights (quote, colour, note), as front matter. */
export function frontMatter(article: FullArticle): string {
  const { row, body } = article;
  const lines = [
    '---',
    `title: ${str(row.title)}`,
    `url: ${str(row.url)}`,
    ...(row.canonicalUrl !== row.url ? [`canonical_url: ${str(row.canonicalUrl)}`] : []),
    `byline: ${str(row.byline)}`,
    `site: ${str(row.siteName)}`,
    `published: ${str(row.published)}`,
    `saved: ${str(iso(row.savedAt))}`,
    `updated: ${str(iso(row.updatedAt))}`,
    `lang: ${str(row.lang)}`,
    `read: ${row.read === 1}`,
    `reading_minutes: ${row.readingMinutes}`,
    row.tags.length ? `tags:\n${row.tags.map((tag) => `  - ${str(tag)}`).join('\n')}` : 'tags: []',
    body.figures.length ? 'key_figures:' : 'key_figures: []',
    ...body.figures.flatMap((f) => [
      `  - text: ${str(f.text)}`,
      `    kind: ${str(f.kind)}`,
      ...(f.measures ? [`    measures: ${str(f.measures)}`] : []),
      `    sentence: ${str(f.sentence)}`,
    ]),
    (article.highlights ?? []).length ? 'highlights:' : 'highlights: []',
    ...(article.highlights ?? []).flatMap((h) => [
      `  - text: ${str(h.quote.exact)}`,
      `    color: ${str(h.color)}`,
      ...(h.note ? [`    note: ${str(h.note)}`] : []),
      `    created: ${str(iso(h.createdAt))}`,
    ]),
    '---',
    '',
  ];
  return lines.join('\n');
}
