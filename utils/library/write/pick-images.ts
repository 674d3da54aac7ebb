import { MAX_IMAGE_BYTES, MAX_IMAGES_BYTES_PER_ARTICLE, MAX_IMAGES_PER_ARTICLE } from '../db/limits';

/**
 * The images worth storing with an article: only those its html shows, only image types, each and all together
 * under the size caps (in the article's order, so the first pictures are kept when the cap bites).
 */
export function pickImages(shown: readonly string[], images: ReadonlyMap<string, Blob> | undefined): Map<string, Blob> {
  const kept = new Map<string, Blob>();
  if (!images) return kept;
  let total = 0;
  for (const url of shown) {
    const blob = images.get(url);
    if (!blob || kept.has(url) || kept.size >= MAX_IMAGES_PER_ARTICLE) continue;
    if (!/^image\//i.test(blob.type) || blob.size > MAX_IMAGE_BYTES) continue;
    if (total + blob.size > MAX_IMAGES_BYTES_PER_ARTICLE) continue;
    total += blob.size;
    kept.set(url, blob);
  }
  return kept;
}
