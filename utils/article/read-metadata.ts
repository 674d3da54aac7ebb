import { plausibleDate } from '../figures/plausible-date';

export interface PageMetadata {
  canonicalUrl: string;
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
}

/**
 * What Readability does not give: the canonical URL (the key saves upsert by), a published date from JSON-LD,
 * meta tags or <time>, and language/direction from the markup.
 */
export function readMetadata(doc: Document, url: string): PageMetadata {
  return {
    canonicalUrl: canonicalOf(doc, url),
    published: publishedOf(doc),
    lang: (doc.documentElement.getAttribute('lang') || doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') || null)?.trim() || null,
    dir: dirOf(doc),
  };
}

function canonicalOf(doc: Document, url: string): string {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const href of candidates) {
    if (!href) continue;
    try {
      const abs = new URL(href, url);
      if (/^https?:$/.test(abs.protocol)) return stripHash(abs);
    } catch {
      // a malformed canonical is ignored; the page URL serves
    }
  }
  try {
    return stripHash(new URL(url));
  } catch {
    return url;
  }
}

function stripHash(u: URL): string {
  u.hash = '';
  return u.href;
}

// The first plausible date among JSON-LD, meta tags and <time>: a placeholder (1970, 1900) or a far-future
// typo in one of them must not hide a good one in the next.
function publishedOf(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const found = plausibleDate(findDate(safeJson(script.textContent ?? '')));
    if (found) return found;
  }
  const meta = doc.querySelector(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="publishdate"], meta[name="date"], meta[name="dc.date" i], meta[name="dcterms.created" i], meta[property="og:published_time"]',
  );
  return plausibleDate(meta?.getAttribute('content')) ?? plausibleDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function findDate(node: unknown, depth = 0): string | null {
  if (!node || typeof node !== 'object' || depth > 6) return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findDate(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  if (record['@graph']) return findDate(record['@graph'], depth + 1);
  if (typeof record.dateCreated === 'string') return record.dateCreated;
  return null;
}

function dirOf(doc: Document): 'ltr' | 'rtl' | null {
  const dir = (doc.documentElement.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}
