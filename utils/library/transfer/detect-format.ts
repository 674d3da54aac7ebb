export type ImportFormat = 'sift-json' | 'pocket-csv' | 'bookmarks';

/** Which importer reads this text, from its first bytes; null when none does. */
export function detectFormat(text: string): ImportFormat | null {
  const head = text
    .slice(0, 4096)
    .replace(/^\ufeff/, '')
    .trimStart();
  if (head.startsWith('{')) return 'sift-json';
  if (head.startsWith('<') || /<!doctype netscape-bookmark/i.test(head)) return 'bookmarks';
  const firstLine = head.split(/\r?\n/, 1)[0]!.toLowerCase();
  if (firstLine.includes(',') && /(^|,)"?url"?(,|$)/.test(firstLine)) return 'pocket-csv';
  return null;
}
