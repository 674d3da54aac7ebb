import type { FullArticle } from '../../read/get-article';

/** One stored image an export writes beside (or into) an article, under the name its html now uses. */
export interface ExportImage {
  url: string;
  blob: Blob;
  bytes: Uint8Array;
  /** The image's real type, from its bytes when they say, else the stored type. */
  type: string;
  /** Where the export put it (the src the html now uses); set by placeImages. */
  path: string;
}

/**
 * What an export does with each picture: the new src for an image the library stored, and for one it did not
 * (never fetched now: exports use no network) either its original URL or null to put its alt text in its place.
 */
export interface ImagePlan {
  /** null when this export cannot carry the image (an e-reader's unsupported type): then `missing` decides. */
  stored(image: Omit<ExportImage, 'path'>, index: number): string | null;
  missing(url: string): string | null;
}

/**
 * The article's html parsed once (the page's DOMParser; Node callers install linkedom's) with every picture
 * pointed where the export keeps it. srcset, sizes and <source> go: they would load the page's images from
 * the web. Returns the body element and the stored images in the order the article shows them.
 */
export async function placeImages(
  article: FullArticle,
  plan: ImagePlan,
  sniff: (bytes: Uint8Array) => string | null,
): Promise<{ body: HTMLElement; images: ExportImage[] }> {
  const doc = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head></head><body>${article.body.html}</body></html>`,
    'text/html',
  );
  const body = doc.body;
  for (const source of [...body.querySelectorAll('picture source')]) source.remove();
  const placed = new Map<string, string>();
  const images: ExportImage[] = [];
  for (const img of [...body.querySelectorAll('img')]) {
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    const url = absolute(img.getAttribute('src') ?? '', article.row.url);
    let src = placed.get(url);
    const blob = article.images.get(url);
    if (src === undefined && blob) {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const image = { url, blob, bytes, type: sniff(bytes) ?? blob.type, path: '' };
      const name = plan.stored(image, images.length);
      if (name !== null) {
        src = name;
        images.push({ ...image, path: name });
        placed.set(url, name);
      }
    }
    src ??= plan.missing(url) ?? undefined;
    if (src !== undefined) img.setAttribute('src', src);
    else img.replaceWith(doc.createTextNode(img.getAttribute('alt') ?? ''));
  }
  return { body, images };
}

function absolute(src: string, base: string): string {
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}
