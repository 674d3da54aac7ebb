// The article's images as Blobs, so it reads offline. Bounded: each image, all of them together, and the wait.

export interface ImageLimits {
  /** Largest single image kept (bytes). */
  perImage: number;
  /** Total bytes kept for one article; images past it are left out (they still show online by URL). */
  total: number;
  /** How many images at most. */
  count: number;
  timeoutMs: number;
}

export const IMAGE_LIMITS: ImageLimits = { perImage: 3_000_000, total: 12_000_000, count: 40, timeoutMs: 8_000 };

async function fetchOne(url: string, limits: ImageLimits, signal: AbortSignal): Promise<Blob | null> {
  if (!/^https?:/i.test(url)) return null;
  const response = await fetch(url, { signal, credentials: 'omit' });
  if (!response.ok) return null;
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('image/')) return null;
  if (Number(response.headers.get('content-length') ?? 0) > limits.perImage) return null;
  const blob = await response.blob();
  return blob.size > 0 && blob.size <= limits.perImage ? blob : null;
}

/** Fetches the images in order; the ones that fail, time out or break a limit are simply not stored. */
export async function fetchImages(urls: readonly string[], limits: ImageLimits = IMAGE_LIMITS): Promise<Map<string, Blob>> {
  const wanted = [...new Set(urls)].slice(0, limits.count);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const blobs = await Promise.all(wanted.map((url) => fetchOne(url, limits, controller.signal).catch(() => null)));
    const kept = new Map<string, Blob>();
    let total = 0;
    wanted.forEach((url, i) => {
      const blob = blobs[i];
      if (!blob || total + blob.size > limits.total) return;
      total += blob.size;
      kept.set(url, blob);
    });
    return kept;
  } finally {
    clearTimeout(timer);
  }
}
