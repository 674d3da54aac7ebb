import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../../utils/library/db/db';
import { exportLibrary } from '../../../../utils/library/transfer/export-library';
import { saveArticle } from '../../../../utils/library/write/save-article';
import { setTags } from '../../../../utils/library/write/update-article';
import { parseHtml } from '../../../../scripts/lib/parse-html';
import { dropLibrary, freshLibrary, sanitizeHtml } from '../helpers';
import {
  countHtml,
  countMarkdown,
  epubcheck,
  fixtureDrafts,
  hasEpubcheck,
  onCi,
  pngFor,
  text,
  unzip,
} from './export-helpers';
import { RICH_IMAGES, richArticle } from './rich-article';

// Every fixture page and a page written for this test, saved as the extension saves them (sanitised, pictures
// stored), then exported: each export must keep every heading, list item, link and picture of the stored html.
let db: LibraryDb;
const stored = new Map<string, string>(); // url → the html the library keeps
const now = new Date('2026-12-02T10:00:00Z');
const webp = new Blob([new Uint8Array([0x52, 0x49, 0x46, 0x46, 8, 0, 0, 0, 0x57, 0x45, 0x42, 0x50])], {
  type: 'image/webp',
});

beforeAll(async () => {
  db = await freshLibrary();
  for (const { draft } of fixtureDrafts()) {
    await saveArticle(db, draft, { sanitize: sanitizeHtml, images: pngFor(draft.images) });
  }
  const images = pngFor([RICH_IMAGES.stored]).set(RICH_IMAGES.webp, webp);
  const { id } = await saveArticle(db, richArticle, { sanitize: sanitizeHtml, images });
  await setTags(db, id, ['harbour', 'local politics']);
  for (const body of await db.bodies.toArray()) stored.set((await db.articles.get(body.id))!.url, body.html);
});
afterAll(() => dropLibrary(db));

const frontMatterUrl = (note: string) => JSON.parse(/^url: (.*)$/m.exec(note)![1]!) as string;

describe('Markdown export', () => {
  it('writes a note per article that keeps every heading, list item, link and image, pictures beside it', async () => {
    const { blob, filename } = await exportLibrary(db, 'markdown', {}, now);
    expect(filename).toBe('sift-library-2026-12-02.zip');
    const files = await unzip(blob);
    const notes = Object.keys(files).filter((name) => name.endsWith('.md'));
    expect(notes).toHaveLength(stored.size);
    for (const name of notes) {
      const note = text(files[name]);
      const url = frontMatterUrl(note);
      const body = note.slice(note.indexOf('\n---\n', 4) + 5);
      expect(countMarkdown(body), url).toEqual(countHtml(parseHtml(`<body>${stored.get(url)}</body>`)));
      // Every picture the note links to locally is in the zip, beside the note.
      for (const [, path] of body.matchAll(/!\[[^\]]*\]\((attachments\/[^)\s]+)\)/g)) {
        expect(files[`sift-library-2026-12-02/${path}`], path).toBeDefined();
      }
    }
  });

  it('carries the metadata, tags, key figures and a place for highlights in front matter; text stays text', async () => {
    const files = await unzip((await exportLibrary(db, 'markdown', {}, now)).blob);
    const name = Object.keys(files).find((n) => n.includes('Harbour plan'))!;
    // The title's "/" and quotes cannot be in a file name; the note is still named after it.
    expect(name).toBe('sift-library-2026-12-02/Harbour plan  yes  from the council   7-2.md'.replace(/ {2,}/g, ' '));
    const note = text(files[name]);
    expect(note).toMatch(/^---\ntitle: "Harbour plan: \\"yes\\" from the council \/ 7-2"\n/);
    expect(note).toContain('byline: "Ana Ruiz"');
    expect(note).toMatch(/^published: "2026-11-30T08:00:00(\.000)?Z"$/m);
    expect(note).toContain('tags:\n  - "harbour"\n  - "local politics"');
    expect(note).toContain('key_figures:\n  - text: "voted 7-2"');
    expect(note).toContain('highlights: []');
    expect(note).toContain('| Item | Cost |');
    expect(note).toContain(
      '![The harbour at dawn \\[photo\\]](attachments/harbour-plan-yes-from-the-council-7-2-1.png)',
    );
    expect(note).toContain(
      '[harbours \\[disambiguation\\]](<https://en.wikipedia.org/wiki/Harbour_(disambiguation)> "Wiki \\"page\\"")',
    );
    expect(note).toContain(`![A picture the save could not fetch](${RICH_IMAGES.missing})`);
    expect(note).toContain('*Tuesday*');
    expect(note).toContain('**voted 7-2**');
    expect(note).toContain('about \\<script> tags');
  });
});

describe('HTML export', () => {
  it('writes one self-contained page per article, stored pictures embedded, nothing lost', async () => {
    const files = await unzip((await exportLibrary(db, 'html', {}, now)).blob);
    const pages = Object.keys(files).filter((name) => name.endsWith('.html') && !name.endsWith('/index.html'));
    expect(pages).toHaveLength(stored.size);
    for (const name of pages) {
      const doc = parseHtml(text(files[name]));
      const url = doc.querySelector('header a')!.getAttribute('href')!;
      expect(countHtml(doc.querySelector('.sift-body')!), url).toEqual(
        countHtml(parseHtml(`<body>${stored.get(url)}</body>`)),
      );
      expect(doc.querySelector('style')?.textContent).toContain('max-width');
      expect(doc.querySelector('script')).toBeNull();
      for (const img of doc.querySelectorAll('img')) {
        const src = img.getAttribute('src')!;
        if (src !== RICH_IMAGES.missing) expect(src, url).toMatch(/^data:image\/(png|webp);base64,/);
      }
    }
    const rich = parseHtml(text(files[pages.find((p) => p.includes('Harbour plan'))!]));
    expect(rich.querySelector('.sift-figures li')?.textContent).toBe('voted 7-2 — the council vote');
    expect([...rich.querySelectorAll('.sift-tags li')].map((li) => li.textContent)).toEqual([
      'harbour',
      'local politics',
    ]);
    expect(text(files['sift-library-2026-12-02/index.html']).match(/<li>/g)).toHaveLength(stored.size);
  });
});

describe('EPUB export', () => {
  it(
    'writes one book of the chosen articles, in their order, that epubcheck finds no error in',
    { timeout: 180_000 },
    async (ctx) => {
      const rows = (await db.articles.toArray()).sort((a, b) => a.title.localeCompare(b.title));
      const ids = rows.map((r) => r.id);
      const { blob, filename } = await exportLibrary(db, 'epub', { ids }, now);
      expect(filename).toBe('sift-articles-2026-12-02.epub');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      // OCF: the first entry is "mimetype", stored, its content right after the 30-byte header and its name.
      expect(text(bytes.subarray(30, 38))).toBe('mimetype');
      expect(text(bytes.subarray(38, 58))).toBe('application/epub+zip');
      const files = await unzip(blob);
      const opf = text(files['OEBPS/content.opf']);
      expect(opf.match(/<itemref idref="ch-/g)).toHaveLength(rows.length);
      expect(opf).toContain('media-type="image/png"');
      expect(opf).not.toContain('image/webp');
      const first = text(files['OEBPS/chapter-0001.xhtml']);
      expect(first).toContain(`<h1>${rows[0]!.title.replace(/&/g, '&amp;')}</h1>`);

      if (!hasEpubcheck()) {
        // CI installs it (.ci/run): there its absence is a failure; elsewhere the step shows as skipped, not passed.

        expect(onCi(), 'epubcheck is not installed (apt-get install epubcheck)').toBe(false);

        ctx.skip('epubcheck is not installed');
      }
      const path = join(mkdtempSync(join(tmpdir(), 'sift-epub-')), filename);
      writeFileSync(path, bytes);
      const verdict = epubcheck(path);
      expect(verdict.ok, verdict.output).toBe(true);
      expect(verdict.output).toContain('No errors or warnings detected');
    },
  );

  it('refuses to write an empty book', async () => {
    await expect(exportLibrary(db, 'epub', { ids: [] }, now)).rejects.toThrow('There is no article to export.');
  });
});
