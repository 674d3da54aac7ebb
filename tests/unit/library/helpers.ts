import { Dexie } from 'dexie';
import { openLibrary, type LibraryDb } from '../../../utils/library/db';

let n = 0;
/** A fresh, uniquely named library for one test (fake-indexeddb is shared by the whole file). */
export async function freshLibrary(): Promise<LibraryDb> {
  return openLibrary(`sift-test-${process.pid}-${++n}-${Math.random().toString(36).slice(2)}`);
}

export async function dropLibrary(db: LibraryDb): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

/** Identity sanitiser for drafts that are already clean; tests of sanitising pass the real one. */
export const same = (html: string) => html;

export function pngBlob(bytes = 64): Blob {
  return new Blob([new Uint8Array(bytes).fill(7)], { type: 'image/png' });
}

/** Everything in every table, for "exactly as before" comparisons (Blobs read as bytes). */
export async function snapshot(db: LibraryDb): Promise<unknown> {
  const images = await db.images.toArray();
  return {
    articles: await db.articles.orderBy('id').toArray(),
    bodies: await db.bodies.orderBy('id').toArray(),
    terms: await db.terms.orderBy('id').toArray(),
    images: await Promise.all(images.map(async (i) => ({ ...i, blob: [i.blob.type, [...new Uint8Array(await i.blob.arrayBuffer())]] }))),
  };
}
