import { MAX_IMAGE_BYTES, MAX_IMAGES_PER_ARTICLE } from '../db/limits';

export interface FetchImagesOptions {
  /** The fetch to use (the background's, or a test's); credentials are never sent. */
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  concurrency?: number;
  signal?: AbortSignal;
}

/**
 * Fetches an article's images for offline reading: http(s) only, image types only, each under the size cap,
 * a few at a time with a timeout. A failed image is skipped (the article still saves), never retried.
 */
export async function fetchImages(
  urls: readonly string[],
  options: FetchImagesOptions = {},
): Promise<Map<string, Blob>> {
  const { fetch = globalThis.fetch, timeoutMs = 10_000, concurrency = 4, signal } = options;
  const queue = [...new Set(urls)].filter((u) => /^https?:\/\//i.test(u)).slice(0, MAX_IMAGES_PER_ARTICLE);
  const images = new Map<string, Blob>();
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined && !signal?.aborted; url = queue.shift()) {
      const blob = await fetchOne(fetch, url, timeoutMs).catch(() => null);
      if (blob) images.set(url, blob);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  // Keep the article's order, so the size caps later keep the first pictures.
  return new Map(urls.filter((u) => images.has(u)).map((u) => [u, images.get(u)!]));
}

async function fetchOne(fetch: typeof globalThis.fetch, url: string, timeoutMs: number): Promise<Blob | null> {
  const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) return null;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!type.startsWith('image/')) return null;
  if (Number(response.headers.get('content-length') ?? 0) > MAX_IMAGE_BYTES) return null;
  const blob = await response.blob();
  if (blob.size > MAX_IMAGE_BYTES) return null;
  // The declared type, not the sniffed one: what the size and type checks saw is what is stored.
  return blob.type === type ? blob : new Blob([blob], { type });
}
