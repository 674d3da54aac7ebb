import { Dexie } from 'dexie';
import { sanitizeTree } from '../../../utils/article/sanitize-tree';
import { createLibraryDb, openLibrary, type LibraryDb } from '../../../utils/library/db/db';
import { parseHtml } from '../../../scripts/lib/parse-html';

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
    highlights: await db.highlights.orderBy('id').toArray(),
    images: await Promise.all(
      images.map(async (i) => ({ ...i, blob: [i.blob.type, [...new Uint8Array(await i.blob.arrayBuffer())]] })),
    ),
  };
}

/** The real allowlist sanitiser over linkedom, as Node callers of the library use it. */
export function sanitizeHtml(html: string): string {
  const doc = parseHtml(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`);
  const root = doc.querySelector('#root')!;
  sanitizeTree(root);
  return root.innerHTML;
}

/**
 * A library whose writes start failing with the browser's QuotaExceededError once `budget.left` mutations have
 * run: a full disk in the middle of a save or an import, at the exact point the test chooses.
 */
export async function libraryWithQuota(): Promise<{ db: LibraryDb; budget: { left: number } }> {
  const budget = { left: Infinity };
  const db = createLibraryDb(`sift-quota-${++n}-${Math.random().toString(36).slice(2)}`);
  db.use({
    stack: 'dbcore',
    name: 'fake-quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            --budget.left < 0
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(req),
        };
      },
    }),
  });
  await db.open();
  return { db, budget };
}
