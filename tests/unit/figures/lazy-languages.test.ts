// Issue 12, size budget: the English core of the figures code carries no language tables; the popup loads the
// tables of a page's language before reading its figures, and the content script carries no figure code at all.
// The test files share modules (isolate: false), so this one unloads the tables first and puts them back after.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { readArticle } from '../../../utils/article/read-article';
import { withFigures } from '../../../utils/article/with-figures';
import { extractFigures } from '../../../utils/figures/extract-figures';
import { loadFiguresFor, tables } from '../../../utils/figures/languages';

const texts = (text: string, lang: string) => extractFigures(text, { lang }).map((f) => f.text);

const saved = { ...tables };
beforeAll(() => Object.assign(tables, { european: null, cjk: null }));
afterAll(() => Object.assign(tables, saved));

describe('language tables load by language', () => {
  it('reads English with no table loaded, and loads none for it', async () => {
    await loadFiguresFor('en', 'The council will borrow $40 million and hire 120 wardens.');
    expect(tables.european).toBeNull();
    expect(tables.cjk).toBeNull();
    expect(texts('The council will borrow $40 million and hire 120 wardens.', 'en')).toEqual([
      '$40 million',
      '120 wardens',
    ]);
  });

  it('reads German number words and units once the European tables are loaded', async () => {
    const text = 'Die Stadt stellt zwölf Millionen Euro bereit, der Umbau dauert drei Jahre.';
    expect(tables.european).toBeNull();
    await loadFiguresFor('de-DE', text);
    expect(tables.european).not.toBeNull();
    expect(texts(text, 'de')).toEqual(['zwölf Millionen Euro', 'drei Jahre']);
  });

  it('loads the Chinese reader for Han text even when the page declares no language', async () => {
    const text = '该市今年新建学校12所，投资3.5亿元。';
    expect(texts(text, 'zh')).toEqual([]);
    await loadFiguresFor(null, text);
    expect(texts(text, 'zh')).toEqual(['12所', '3.5亿元']);
  });
});

describe('the content script reads, the popup adds the figures', () => {
  const page = (lang: string, body: string) =>
    parseHtml(
      `<html lang="${lang}"><head><title>Hafen</title></head><body><article><h1>Hafen öffnet wieder</h1>` +
        `${body}</article></body></html>`,
    );
  const body =
    '<p>Der Hafen von Nordby öffnet nach dem Umbau wieder. Die Arbeiten kosteten vierzig Millionen Euro und ' +
    'dauerten zwei Jahre länger als geplant, sagte die Bürgermeisterin am Montag vor dem Rathaus.</p>'.repeat(4);

  it('leaves figures to the popup and the popup fills them in the page language', async () => {
    const read = readArticle(page('de', body), 'https://nordby.example/hafen', { force: true });
    expect(read.ok && read.article.figures).toEqual([]);
    const full = await withFigures(read);
    expect(full.ok && full.article.figures.map((f) => f.text)).toContain('vierzig Millionen Euro');
  });
});

describe('the language chunks', () => {
  // A lazy chunk that imports a core module makes the bundler move that module out of the core into a shared
  // chunk, which every English article then loads as one more file (and one more gzip stream).
  it('share no code with the English core, which loads as one file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-lazy-'));
    try {
      const entry = join(dir, 'entry.ts');
      const figures = new URL('../../../utils/figures/', import.meta.url).pathname;
      writeFileSync(
        entry,
        `export { extractFigures } from "${figures}extract-figures";\n` +
          `export { loadFiguresFor } from "${figures}languages";\nexport { panelRows } from "${figures}panel-rows";`,
      );
      const out = await build({
        entryPoints: [entry],
        bundle: true,
        format: 'esm',
        splitting: true,
        outdir: dir,
        write: false,
        metafile: true,
      });
      const outputs = Object.values(out.metafile.outputs);
      expect(outputs).toHaveLength(3); // the core, the European tables, the Chinese and Japanese reader
      for (const o of outputs) expect(o.imports.filter((i) => i.kind === 'import-statement')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
