import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/library/db/db';
import { StorageFullError } from '../../../utils/library/db/errors';
import { exportLibrary } from '../../../utils/library/transfer/export-library';
import { importLibrary } from '../../../utils/library/transfer/import-library';
import { saveArticle } from '../../../utils/library/write/save-article';
import { makeFakeArticle } from './fake-articles';
import { dropLibrary, freshLibrary, libraryWithQuota, pngBlob, same, snapshot } from './helpers';

const open: LibraryDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await dropLibrary(db);
});

async function filled(count: number) {
  const lib = await libraryWithQuota();
  open.push(lib.db);
  for (let i = 0; i < count; i++) {
    const d = makeFakeArticle(i);
    await saveArticle(lib.db, d, { sanitize: same, images: new Map([[d.images[0]!, pngBlob(40)]]), now: 1000 + i });
  }
  return lib;
}

describe('a full disk', () => {
  it('mid-save of a new article: StorageFullError, nothing written', async () => {
    const { db, budget } = await filled(3);
    const before = await snapshot(db);
    budget.left = 2; // row and body go in, the terms write fails
    const d = makeFakeArticle(50);
    const saving = saveArticle(db, d, { sanitize: same, images: new Map([[d.images[0]!, pngBlob(40)]]) });
    await expect(saving).rejects.toBeInstanceOf(StorageFullError);
    await expect(saving).rejects.toThrow(/Not enough storage space.*nothing was changed/);
    budget.left = Infinity;
    expect(await snapshot(db)).toEqual(before);
  });

  it('mid-update of a saved article: the old version stays whole', async () => {
    const { db, budget } = await filled(3);
    const before = await snapshot(db);
    budget.left = 3; // row, body and terms replaced, the images write fails
    const d = makeFakeArticle(1);
    await expect(
      saveArticle(db, { ...d, title: 'changed' }, { sanitize: same, images: new Map([[d.images[0]!, pngBlob(99)]]) }),
    ).rejects.toBeInstanceOf(StorageFullError);
    budget.left = Infinity;
    expect(await snapshot(db)).toEqual(before);
  });

  it('mid-import: StorageFullError and the library exactly as before', async () => {
    const source = await filled(40);
    const { blob } = await exportLibrary(source.db, 'sift-json');
    const { db, budget } = await filled(5);
    const before = await snapshot(db);
    budget.left = 60;
    await expect(importLibrary(db, await blob.text(), { sanitize: same })).rejects.toBeInstanceOf(StorageFullError);
    budget.left = Infinity;
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('cancelling an import', () => {
  it('rejects with AbortError and leaves the library as before', async () => {
    const source = await freshLibrary();
    open.push(source);
    for (let i = 0; i < 120; i++) await saveArticle(source, makeFakeArticle(i), { sanitize: same });
    const text = await (await exportLibrary(source, 'sift-json')).blob.text();
    const db = await freshLibrary();
    open.push(db);
    await saveArticle(db, makeFakeArticle(7), { sanitize: same });
    const before = await snapshot(db);
    const controller = new AbortController();
    const seen: number[] = [];
    const onProgress = (done: number) => {
      seen.push(done);
      if (done >= 50) controller.abort();
    };
    await expect(
      importLibrary(db, text, { sanitize: same, signal: controller.signal, onProgress }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([50]);
    expect(await snapshot(db)).toEqual(before);
  });
});
