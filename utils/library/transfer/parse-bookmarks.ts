import { decodeEntities } from './decode-entities';
import { ImportFileError, linkRow, type ParsedImport } from './import-types';
import { normalizeTags } from '../write/normalize-tags';
import { cleanUrl } from '../write/validate-draft';

// Bookmark files are loose HTML from many writers (browsers, Pocket, Pinboard): read the <A> of each <DT> with
// a small tolerant scanner instead of a DOM, so it runs anywhere and hostile markup is only ever text here.
// Bounded repeats: an unclosed quote or <a> in a crafted file costs at most a few kB of scanning per link.
const ANCHOR = /<a\s((?:[^>"']|"[^"]{0,8192}"|'[^']{0,8192}'){0,8192})>([\s\S]{0,20000}?)<\/a\s*>/gi;
const ATTR = /([a-z_:-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const FOLDER = /<h3[^>]*>([\s\S]*?)<\/h3\s*>|<\/dl\s*>|<dl[\s>]/gi;

/** Netscape bookmarks HTML (and Pocket's HTML export): each link with its ADD_DATE/TIME_ADDED and TAGS; folder names become tags. */
export function parseBookmarks(text: string, now = Date.now()): ParsedImport {
  if (!/<a\s[^>]*href/i.test(text)) {
    throw new ImportFileError('This HTML file is not a bookmarks export: it has no <A HREF=...> links.');
  }
  const result: ParsedImport = { candidates: [], refused: [] };
  const folders = folderAt(text);
  const archiveFrom = text.search(/<h1[^>]*>\s*read archive\s*<\/h1/i);
  let n = 0;
  for (const match of text.matchAll(ANCHOR)) {
    n++;
    const attrs = new Map<string, string>();
    for (const a of match[1]!.matchAll(ATTR))
      attrs.set(a[1]!.toLowerCase(), decodeEntities(a[3] ?? a[4] ?? a[5] ?? ''));
    const title = decodeEntities(match[2]!.replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 1000);
    const href = attrs.get('href') ?? '';
    const item = `bookmark ${n}: ${(title || href).slice(0, 100)}`;
    const url = cleanUrl(href);
    if (!url) {
      result.refused.push({ item, reason: href ? `"${href.slice(0, 100)}" is not an http(s) URL` : 'no HREF' });
      continue;
    }
    const added = Number(attrs.get('add_date') ?? attrs.get('time_added') ?? '');
    // Some writers use microseconds or milliseconds; anything past year 3000 in seconds is scaled down.
    const ms =
      !Number.isFinite(added) || added <= 0
        ? now
        : added > 32503680000000
          ? added / 1000
          : added > 32503680000
            ? added
            : added * 1000;
    const tags = normalizeTags([...(attrs.get('tags') ?? '').split(','), ...folders(match.index)]);
    // Pocket's HTML export lists read articles under <h1>Read Archive</h1>.
    const read = archiveFrom >= 0 && match.index > archiveFrom;
    result.candidates.push({
      label: item,
      row: linkRow(url, title || new URL(url).hostname, Math.round(ms), tags, read),
      body: null,
      images: new Map(),
    });
  }
  return result;
}

// The folder path at each offset: <H3> names a folder, the <DL> after it opens it, </DL> closes it. Offsets are
// asked in increasing order, so a cursor walks the events once (100,000 bookmarks stay linear).
function folderAt(text: string): (offset: number) => string[] {
  const events: { at: number; path: string[] }[] = [];
  const path: string[] = [];
  let pending: string | null = null;
  for (const m of text.matchAll(FOLDER)) {
    if (m[1] !== undefined) pending = decodeEntities(m[1].replace(/<[^>]*>/g, '')).trim();
    else if (m[0].startsWith('</')) path.pop();
    else {
      path.push(pending ?? '');
      pending = null;
    }
    events.push({ at: m.index, path: path.filter(Boolean) });
  }
  let cursor = 0;
  let current: string[] = [];
  return (offset) => {
    while (cursor < events.length && events[cursor]!.at <= offset) current = events[cursor++]!.path;
    return current;
  };
}
