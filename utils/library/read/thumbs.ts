import type { LibraryDb } from '../db/db';

/** Box the list draws a thumbnail in, CSS pixels; thumbnails are made at twice that for sharp screens. */
export const THUMB_BOX = { width: 96, height: 64 };

/** Makes a small image of a stored one; undefined when this browser cannot (kept for a browser that can). */
export type MakeThumb = (image: Blob) => Promise<Blob | null | undefined>;

/**
 * The rows' thumbnails: from the thumbs store, or made on first ask from the article's first stored image and
 * kept there (null when it has none, so it is not looked for again). A saved article that changes drops its
 * thumbnail (write-article.ts) and the next ask makes it again.
 */
export async function readThumbs(
  db: LibraryDb,
  ids: readonly string[],
  make: MakeThumb = makeThumb,
): Promise<Record<string, Blob | null>> {
  const stored = await db.thumbs.bulkGet([...ids]);
  const out: Record<string, Blob | null> = {};
  const missing: string[] = [];
  ids.forEach((id, k) => {
    const thumb = stored[k];
    if (thumb) out[id] = thumb.blob;
    else missing.push(id);
  });
  if (missing.length === 0) return out;
  const bodies = await db.bodies.bulkGet(missing);
  const made: { id: string; blob: Blob | null }[] = [];
  for (const [k, id] of missing.entries()) {
    const lead = await leadImage(db, id, bodies[k]?.images ?? []);
    const blob = lead ? await make(lead).catch(() => null) : null;
    out[id] = blob ?? null;
    // Only a body that exists is remembered: a row whose article was just deleted leaves nothing behind.
    if (blob !== undefined && bodies[k]) made.push({ id, blob });
  }
  if (made.length) await db.thumbs.bulkPut(made);
  return out;
}

// The first image the article shows that was stored with it (the lead image, as the article puts it first).
async function leadImage(db: LibraryDb, id: string, urls: readonly string[]): Promise<Blob | undefined> {
  for (const url of urls.slice(0, 4)) {
    const image = await db.images.get([id, url]);
    if (image) return image.blob;
  }
  return undefined;
}

/**
 * Scales an image down to cover the list's box at twice its size, as a JPEG of a few KB, with
 * createImageBitmap and OffscreenCanvas (a page, a worker); undefined where they are missing.
 */
export async function makeThumb(image: Blob): Promise<Blob | null | undefined> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas === 'undefined') return undefined;
  const bitmap = await createImageBitmap(image);
  try {
    const scale = Math.min(1, Math.max((THUMB_BOX.width * 2) / bitmap.width, (THUMB_BOX.height * 2) / bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    // JPEG has no transparency: a logo on white rather than on black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.75 });
  } finally {
    bitmap.close();
  }
}
