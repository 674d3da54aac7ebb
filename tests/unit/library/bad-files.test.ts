import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/library/db/db';
import { importLibrary } from '../../../utils/library/transfer/import-library';
import { ImportFileError } from '../../../utils/library/transfer/import-types';
import { readImportFile } from '../../../utils/library/transfer/read-import-file';
import { saveArticle } from '../../../utils/library/write/save-article';
import { makeFakeArticle } from './fake-articles';
import { dropLibrary, freshLibrary, sanitizeHtml, same, snapshot } from './helpers';

let db: LibraryDb;
let before: unknown;
beforeAll(async () => {
  db = await freshLibrary();
  await saveArticle(db, makeFakeArticle(1), { sanitize: same });
  before = await snapshot(db);
});
afterAll(async () => dropLibrary(db));

describe('reading an import file', () => {
  it('refuses text that is not UTF-8, naming the problem', async () => {
    const latin1 = new Blob([new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x2c, 0xe9, 0xe8, 0x0a])]);
    await expect(readImportFile(latin1)).rejects.toThrow(/not UTF-8 text/);
  });

  it('reads UTF-16 with a byte-order mark, as spreadsheets save CSV', async () => {
    const text = 'title,url\nÉté,https://a.example/\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 255, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(await readImportFile(new Blob([utf16]))).toBe(text);
  });

  it('refuses an oversized file before reading it', async () => {
    await expect(readImportFile(new Blob([new Uint8Array(2048)]), 1024)).rejects.toThrow(
      'The file is 2.0 KB; Sift imports files up to 1.0 KB.',
    );
  });

  it('refuses a 50 MB link list with its size, library unchanged', async () => {
    const row = 'x,https://a.example/p,1700000000,,unread\n';
    const huge = 'title,url,time_added,tags,status\n' + row.repeat(Math.ceil((50 * 1024 * 1024) / row.length));
    await expect(importLibrary(db, huge, { sanitize: same })).rejects.toThrow(
      /is 50\.0 MB; Sift reads link lists up to 32 MB/,
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('hand-crafted and random files', () => {
  // Whatever the bytes, an import either reports (every record accounted for) or fails as a whole with a
  // named ImportFileError; a failed import leaves the library exactly as it was.
  const file = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.string({ maxLength: 300 }).map((s) => `title,url,time_added,tags,status\n${s}`),
    fc.string({ maxLength: 300 }).map((s) => `<!DOCTYPE NETSCAPE-Bookmark-file-1><DL><DT><A HREF="${s}">${s}</A>`),
    fc.json({ maxDepth: 3 }).map((j) => `{"format":"sift-library","schemaVersion":1,"articles":[${j}]}`),
    fc
      .jsonValue({ maxDepth: 3 })
      .map((v) => JSON.stringify({ format: 'sift-library', schemaVersion: 1, articles: [v, { url: v }] })),
  );

  it('never half-imports and never throws anything but a named error', async () => {
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        const scratch = await freshLibrary();
        try {
          const report = await importLibrary(scratch, text, { sanitize: sanitizeHtml });
          const stored = await scratch.articles.count();
          expect(report.imported).toBe(stored);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportFileError);
          expect((error as Error).message.length).toBeGreaterThan(20);
          expect(await scratch.articles.count()).toBe(0);
        } finally {
          await dropLibrary(scratch);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stores nothing executable from a malicious Sift file', async () => {
    const evil = {
      ...makeFakeArticle(2),
      url: 'https://evil.example/a',
      html: '<img src=x onerror=alert(1)><a href="javascript:alert(2)">x</a><svg><script>alert(3)</script></svg><iframe srcdoc="<script>"></iframe><p style="background:url(javascript:1)">t</p>',
      title: '<script>alert(4)</script>',
      storedImages: [{ url: 'https://evil.example/i.svg', type: 'image/svg+xml', data: btoa('<svg onload=alert(5)>') }],
    };
    const text = JSON.stringify({ format: 'sift-library', schemaVersion: 1, articles: [evil] });
    const scratch = await freshLibrary();
    await importLibrary(scratch, text, { sanitize: sanitizeHtml });
    const body = (await scratch.bodies.toArray())[0]!;
    expect(body.html).not.toMatch(/onerror|javascript:|<script|<svg|<iframe|style=/i);
    // The title stays text (React renders it as text), and an image the html never shows is not stored.
    expect((await scratch.articles.toArray())[0]!.title).toBe('<script>alert(4)</script>');
    expect(await scratch.images.count()).toBe(0);
    await dropLibrary(scratch);
  });
});
