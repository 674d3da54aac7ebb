import { describe, expect, it } from 'vitest';
import { fetchImages } from '../../../utils/library/write/fetch-images';
import { MAX_IMAGE_BYTES } from '../../../utils/library/db/limits';

// A fake fetch serving from a table: tests never touch the network.
function fakeFetch(table: Record<string, { status?: number; type: string; bytes: number }>) {
  const seen: RequestInit[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(init ?? {});
    const entry = table[String(input)];
    if (!entry) throw new TypeError('network error');
    return new Response(new Uint8Array(entry.bytes), {
      status: entry.status ?? 200,
      headers: { 'content-type': entry.type },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

describe('fetchImages', () => {
  it('keeps images in article order, skipping failures, non-images and oversized files, without credentials', async () => {
    const { fetch, seen } = fakeFetch({
      'https://i.example/a.png': { type: 'image/png', bytes: 10 },
      'https://i.example/b.jpg': { type: 'image/jpeg; charset=x', bytes: 20 },
      'https://i.example/page': { type: 'text/html', bytes: 5 },
      'https://i.example/404.png': { status: 404, type: 'image/png', bytes: 1 },
      'https://i.example/huge.png': { type: 'image/png', bytes: MAX_IMAGE_BYTES + 1 },
    });
    const urls = [
      'https://i.example/b.jpg',
      'https://i.example/page',
      'https://i.example/gone.png',
      'https://i.example/404.png',
      'https://i.example/huge.png',
      'data:image/png;base64,AA==',
      'https://i.example/a.png',
    ];
    const images = await fetchImages(urls, { fetch });
    expect([...images.keys()]).toEqual(['https://i.example/b.jpg', 'https://i.example/a.png']);
    expect(images.get('https://i.example/b.jpg')!.type).toBe('image/jpeg');
    expect(seen.every((init) => init.credentials === 'omit')).toBe(true);
    expect(seen).toHaveLength(6);
  });
});
