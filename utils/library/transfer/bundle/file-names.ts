/** File names for exported articles and their images: safe on Windows, macOS and Linux, and unique in one export. */

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
  'image/x-icon': 'ico',
};

export const imageExtension = (type: string): string => EXTENSIONS[type.toLowerCase()] ?? 'img';

/** A note's file name from its title (Obsidian shows the file name as the note's title, so spaces stay). */
export function titleFileName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    // Characters Windows or Obsidian refuse in a file name or a wiki link, and control characters.
    .replace(/[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return [...cleaned].slice(0, 80).join('').trim() || 'Untitled';
}

/** A short ASCII name for paths inside Markdown links and EPUB manifests, where spaces and accents need escaping. */
export function asciiSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return slug || 'article';
}

/** Hands out names once each: a second "Budget" becomes "Budget (2)" (names compared case-blind, as on macOS). */
export function uniqueNames(): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name} (${n})`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
}

/** What an image's bytes are, from their signature: a stored type header can be wrong, an e-reader checks. */
export function sniffImageType(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return 'image/webp';
  return null;
}
