import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../library/export/export-helpers';
import { describeRange } from '../../../utils/highlights/anchor';
import { textIndex } from '../../../utils/highlights/dom';
import { addHighlight } from '../../../utils/highlights/store';
import type { NewHighlight } from '../../../utils/highlights/types';
import type { LibraryDb } from '../../../utils/library/db/db';
import { exportLibrary } from '../../../utils/library/transfer/export-library';
import { saveArticle } from '../../../utils/library/write/save-article';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { dropLibrary, freshLibrary, sanitizeHtml } from '../library/helpers';
import { epubcheck, hasEpubcheck, text, unzip } from '../library/export/export-helpers';
import { richArticle } from '../library/export/rich-article';

// The rich test article with three highlights made as the clean view makes them (offsets over the body's text):
// one across elements (into the <strong>), one with a note, and one whose text the article no longer has.
let db: LibraryDb;
const now = new Date('2026-12-02T10:00:00Z');

function at(bodyText: string, phrase: string, color: NewHighlight['color'], note = ''): NewHighlight {
  const start = bodyText.indexOf(phrase);
  expect(start, phrase).toBeGreaterThanOrEqual(0);
  return { ...describeRange(bodyText, start, start + phrase.length), color, note };
}

beforeAll(async () => {
  db = await freshLibrary();
  const { id } = await saveArticle(db, richArticle, { sanitize: sanitizeHtml });
  const html = (await db.bodies.get(id))!.html;
  const bodyText = textIndex(parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`).body).text;
  await addHighlight(db, id, at(bodyText, 'Tuesday and voted 7-2', 'green'), 1);
  await addHighlight(db, id, at(bodyText, 'Two new piers', 'pink', 'Where exactly? Ask the council.'), 2);
  const gone = at(bodyText, 'Building from 2027', 'blue', 'orphan note');
  await addHighlight(db, id, { ...gone, quote: { ...gone.quote, exact: 'a sentence removed since' } }, 3);
});
afterAll(() => dropLibrary(db));

describe('highlights in exports', () => {
  it('Markdown: ==marked== in the text, listed in front matter and in a Highlights section with notes', async () => {
    const files = await unzip((await exportLibrary(db, 'markdown', {}, now)).blob);
    const note = text(files[Object.keys(files).find((f) => f.endsWith('.md'))!]);
    expect(note).toContain('The council met on *==Tuesday==* ==and== **==voted 7-2==**');
    expect(note).toContain('==Two new piers');
    expect(note).toMatch(/^highlights:\n {2}- text: "Tuesday and voted 7-2"\n {4}color: "green"/m);
    expect(note).toContain('    note: "Where exactly? Ask the council."');
    // The orphan is kept in the note (front matter and list), just not marked in the text.
    expect(note).toContain('text: "a sentence removed since"');
    expect(note).toMatch(/## Highlights\n\n> Tuesday and voted 7-2/);
    expect(note).toContain('> Two new piers\n\nWhere exactly? Ask the council.');
  });

  it('HTML: marks in the page, coloured, and the notes listed', async () => {
    const files = await unzip((await exportLibrary(db, 'html', {}, now)).blob);
    const page = text(files[Object.keys(files).find((f) => f.endsWith('.html') && !f.endsWith('index.html'))!]);
    const doc = parseHtml(page);
    const marks = [...doc.querySelectorAll('.sift-body mark.sift-hl')];
    expect(marks.map((m) => m.textContent).join('|')).toBe('Tuesday| and |voted 7-2|Two new piers');
    expect(marks.filter((m) => m.getAttribute('class')!.includes('sift-hl-pink'))[0]!.getAttribute('title')).toBe(
      'Where exactly? Ask the council.',
    );
    expect(doc.querySelectorAll('.sift-highlights li')).toHaveLength(3);
    expect(page).toContain('mark.sift-hl-green');
  });

  it('EPUB: marks in the chapter, notes listed, and the book still valid', { timeout: 180_000 }, async (ctx) => {
    const { blob, filename } = await exportLibrary(db, 'epub', {}, now);
    const files = await unzip(blob);
    const chapter = text(files['OEBPS/chapter-0001.xhtml']);
    expect(chapter).toMatch(
      /<mark (?=[^>]*class="sift-hl sift-hl-pink")(?=[^>]*title="Where exactly\? Ask the council.")[^>]*>Two new piers/,
    );
    expect(chapter).toContain('<section class="sift-highlights">');
    if (!hasEpubcheck()) return ctx.skip('epubcheck is not installed');
    const path = join(mkdtempSync(join(tmpdir(), 'sift-hl-epub-')), filename);
    writeFileSync(path, new Uint8Array(await blob.arrayBuffer()));
    const verdict = epubcheck(path);
    expect(verdict.ok, verdict.output).toBe(true);
  });
});
