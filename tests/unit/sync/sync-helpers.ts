import type { LibraryDb } from '../../../utils/library/db/db';
import { saveArticle } from '../../../utils/library/write/save-article';
import type { CouchConfig } from '../../../utils/sync/couch';
import { makeFakeArticle } from '../library/fake-articles';
import { dropLibrary, freshLibrary, same } from '../library/helpers';

// Shared set-up of the sync tests: libraries that are dropped after each test, remote databases on the server.

const open: LibraryDb[] = [];

export async function library(): Promise<LibraryDb> {
  const db = await freshLibrary();
  open.push(db);
  return db;
}

export async function dropLibraries(): Promise<void> {
  for (const db of open.splice(0)) await dropLibrary(db);
}

let n = 0;
/** A new empty database on the server at `url`. */
export async function remoteDb(url: string): Promise<CouchConfig> {
  const db = `sift-${process.pid}-${++n}`;
  const answer = await fetch(`${url}/${db}`, { method: 'PUT' });
  if (!answer.ok) throw new Error(`PUT ${db}: ${answer.status}`);
  return { url, db };
}

/** Saves fake article i (short, so a few hundred save fast), with a PNG when `image`. */
export async function save(db: LibraryDb, i: number, opts: { image?: boolean; words?: number } = {}) {
  const draft = makeFakeArticle(i, opts.words ?? 60);
  const images = opts.image
    ? new Map([
        [draft.images[0]!, new Blob([new Uint8Array(200).map((_, k) => (k * 13 + i) % 256)], { type: 'image/png' })],
      ])
    : undefined;
  return (await saveArticle(db, draft, { sanitize: same, images, now: 1_000_000 + i })).id;
}

export async function remoteDocs(
  config: CouchConfig,
): Promise<{ id: string; value: { rev: string; deleted?: boolean } }[]> {
  const answer = await fetch(`${config.url}/${config.db}/_all_docs`);
  return ((await answer.json()) as { rows: { id: string; value: { rev: string } }[] }).rows;
}
