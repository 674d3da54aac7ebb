import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findClutter } from '../../utils/clean/find-clutter';
import { extractArticle } from '../../utils/article/extract-article';
import { panelRows } from '../../utils/figures/panel-rows';
import type { Figure } from '../../utils/figures/types';
import { parseHtml, readHtmlFile } from '../lib/parse-html';

// `sift extract FILE... [--url URL]`: one JSON line per file, in order, from the same code the extension runs.
export async function run(args: string[]): Promise<number> {
  const files: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--url') url = args[++i];
    else files.push(args[i]!);
  }
  if (!files.length) {
    process.stderr.write('usage: npm run --silent sift -- extract FILE... [--url URL]\n');
    return 2;
  }
  let failures = 0;
  for (const file of files) {
    const line = extractFile(file, url ?? pseudoUrl(file));
    if ('error' in line) failures += 1;
    process.stdout.write(JSON.stringify(line) + '\n');
  }
  return failures === files.length ? 1 : 0;
}

function extractFile(file: string, url: string): Record<string, unknown> {
  let doc: Document;
  try {
    doc = parseHtml(readHtmlFile(file));
  } catch (error) {
    return { file, error: `cannot read: ${(error as Error).message}` };
  }
  const hidden = findClutter(doc).map((m) => ({
    rule: m.rule,
    text: (m.element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
  }));
  const result = extractArticle(doc, url, { contentType: 'text/html' });
  if (!result.ok) return { file, error: result.error.message, kind: result.error.kind };
  const a = result.article;
  return {
    file,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    published: a.published,
    lang: a.lang,
    dir: a.dir,
    text: a.text,
    html: a.html,
    words: a.words,
    readingMinutes: a.readingMinutes,
    hidden,
    figures: panelRows(a.figures, { title: a.title, lead: a.excerpt ?? undefined, lang: a.lang }).map((row) => ({
      ...figureFields(row.figure),
      label: row.label,
      members: row.members.map(figureFields),
      shown: row.shown,
    })),
  };
}

// The fields a reader of the JSON needs; `start`/`end` index the printed `text`.
function figureFields(f: Figure) {
  return { text: f.text, start: f.start, end: f.end, value: f.value, unit: f.unit, kind: f.kind };
}

// A file has no URL; an http one keeps extraction's URL checks meaningful and names the file.
function pseudoUrl(file: string): string {
  return `https://local.file/${encodeURIComponent(basename(file))}?from=${encodeURIComponent(pathToFileURL(file).pathname)}`;
}
