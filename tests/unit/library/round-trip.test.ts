import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import './export/export-helpers';
import type { LibraryDb } from '../../../utils/library/db/db';
import { exportLibrary } from '../../../utils/library/transfer/export-library';
import { importLibrary } from '../../../utils/library/transfer/import-library';
import { saveArticle } from '../../../utils/library/write/save-article';
import { setProgress, setRead, setTags } from '../../../utils/library/write/update-article';
import { makeFakeArticle } from './fake-articles';
import { dropLibrary, freshLibrary, same, snapshot } from './helpers';

const open: LibraryDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await dropLibrary(db);
});
async function library() {
  const db = await freshLibrary();
  open.push(db);
  return db;
}

// Image bytes covering every byte value, so base64 is exercised beyond ASCII.
const bytes = (seed: number) => new Uint8Array(300).map((_, k) => (k * 7 + seed) % 256);

describe('export then import', () => {
  it('gives back equal records in a fresh library, image Blobs included', async () => {
    const a = await library();
    for (let i = 0; i < 12; i++) {
      const d = makeFakeArticle(i);
      const images =
        i % 3 === 0
          ? new Map([[d.images[0]!, new Blob([bytes(i)], { type: i % 2 ? 'image/png' : 'image/jpeg' })]])
          : undefined;
      const { id } = await saveArticle(a, { ...d, partial: i === 4 }, { sanitize: same, images, now: 10_000 + i });
      if (i % 2) await setRead(a, id, true);
      if (i % 4 === 1) await setTags(a, id, ['work', `t${i}`]);
      await setProgress(a, id, i / 20);
    }
    const progress: number[] = [];
    const file = await exportLibrary(a, 'sift-json', { onProgress: (done) => progress.push(done) });
    expect(file.filename).toMatch(/^sift-library-\d{4}-\d\d-\d\d\.json$/);
    expect(progress.at(-1)).toBe(12);
    const b = await library();
    const report = await importLibrary(b, await file.blob.text(), { sanitize: same });
    expect(report).toEqual({ imported: 12, merged: 0, refused: [] });
    expect(await snapshot(b)).toEqual(await snapshot(a));

    // The same file again merges into what is there and changes nothing.
    const again = await importLibrary(b, await file.blob.text(), { sanitize: same });
    expect(again).toEqual({ imported: 0, merged: 12, refused: [] });
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  it('writes Markdown, HTML and bookmarks that carry every article, with text escaped', async () => {
    const a = await library();
    await saveArticle(a, { ...makeFakeArticle(1), title: 'Tom & <Jerry>' }, { sanitize: same });
    await saveArticle(a, makeFakeArticle(2), { sanitize: same });
    // Markdown and HTML are zips of a file per article (tests/unit/library/export/ checks them through).
    const notes = Object.entries(
      unzipSync(new Uint8Array(await (await exportLibrary(a, 'markdown')).blob.arrayBuffer())),
    );
    const md = notes.map(([, bytes]) => new TextDecoder().decode(bytes)).join('\n');
    expect(notes).toHaveLength(2);
    expect(md).toContain('title: "Tom & <Jerry>"');
    expect(md).toContain('key_figures:');
    expect(md).toContain(`url: "${makeFakeArticle(2).url}"`);
    const pages = unzipSync(new Uint8Array(await (await exportLibrary(a, 'html')).blob.arrayBuffer()));
    const html = Object.values(pages)
      .map((bytes) => new TextDecoder().decode(bytes))
      .join('\n');
    expect(html).toContain('Tom &amp; &lt;Jerry&gt;');
    expect(html.match(/<article/g)).toHaveLength(2);
    const bookmarks = await exportLibrary(a, 'netscape');
    expect(bookmarks.filename).toMatch(/-bookmarks\.html$/);
    const text = await bookmarks.blob.text();
    expect(text).toMatch(/^<!DOCTYPE NETSCAPE-Bookmark-file-1>/);
    // Bookmarks come back in as the same links, merged into the saved articles.
    expect(await importLibrary(a, text, { sanitize: same })).toEqual({ imported: 0, merged: 2, refused: [] });
  });

  it('stops an export on the signal', async () => {
    const a = await library();
    for (let i = 0; i < 120; i++) await saveArticle(a, makeFakeArticle(i), { sanitize: same });
    const controller = new AbortController();
    const exporting = exportLibrary(a, 'markdown', {
      signal: controller.signal,
      onProgress: (done) => done >= 50 && controller.abort(),
    });
    await expect(exporting).rejects.toMatchObject({ name: 'AbortError' });
  });
});
