import { plausibleDate } from '../figures/plausible-date';
import { getAttr, queryAll, safeGet, textOf } from '../clean/safe-dom';
import { pageDate, pageDir, pageLang } from './page-values';

export interface PageMetadata {
  canonicalUrl: string;
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | 'auto' | null;
}

/**
 * What Readability does not give: the canonical URL (the key saves upsert by), a published date from JSON-LD,
 * meta tags or <time>, and language/direction from the markup. Every value is parsed (page-values): an invalid
 * one is null, never thrown on later.
 */
export function readMetadata(doc: Document, url: string): PageMetadata {
  return {
    canonicalUrl: canonicalOf(doc, url),
    published: publishedOf(doc),
    lang: langOf(doc),
    dir: dirOf(doc),
  };
}

function canonicalOf(doc: Document, url: string): string {
  const candidates = [first(doc, 'link[rel~="canonical"]', 'href'), first(doc, 'meta[property="og:url"]', 'content')];
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

const first = (doc: Document, selector: string, attr: string) => {
  const el = queryAll(doc, selector)[0];
  return el ? getAttr(el, attr) : null;
};

const DATE_META =
  'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], ' +
  'meta[name="pubdate"], meta[name="publishdate"], meta[name="date"], meta[name="dc.date" i], ' +
  'meta[name="dcterms.created" i], meta[property="og:published_time"]';

// The first plausible date that parses: a bad or placeholder date (1970, a far-future typo) in JSON-LD does not
// hide a good meta tag.
const date = (value: unknown) => plausibleDate(pageDate(value));

function publishedOf(doc: Document): string | null {
  for (const script of queryAll(doc, 'script[type="application/ld+json"]')) {
    const found = date(findDate(safeJson(textOf(script))));
    if (found) return found;
  }
  return date(first(doc, DATE_META, 'content')) ?? date(first(doc, 'time[datetime]', 'datetime'));
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

// The root's lang, else Content-Language: the first that parses wins ('en_US' → 'en-US').
function langOf(doc: Document): string | null {
  const root = safeGet<Element | null>(doc, 'documentElement');
  const meta = queryAll(doc, 'meta[http-equiv="content-language" i]')[0];
  return pageLang(root && getAttr(root, 'lang')) ?? pageLang(meta && getAttr(meta, 'content'));
}

function dirOf(doc: Document): 'ltr' | 'rtl' | 'auto' | null {
  const root = safeGet<Element | null>(doc, 'documentElement');
  const body = safeGet<Element | null>(doc, 'body');
  return pageDir(root && getAttr(root, 'dir')) ?? pageDir(body && getAttr(body, 'dir'));
}
