import { getAttr, queryAll, textOf } from '../clean/safe-dom';
import { pageText } from './page-values';

/**
 * The publication's name: og:site_name, the JSON-LD publisher, application-name, Readability's guess, else the
 * host without "www.". A name that is the page's own section ("U.S." as og:site_name on a section front), a
 * country's initials, or a bare address is not a site name and falls through; an IP address or localhost gives null.
 */
export function siteNameOf(doc: Document, url: string, guess?: string | null): string | null {
  const sections = new Set(sectionsOf(doc).map(fold));
  const candidates = [
    meta(doc, 'meta[property="og:site_name"], meta[name="og:site_name"]'),
    ...publisherNames(doc),
    meta(doc, 'meta[name="application-name"]'),
    guess,
  ];
  for (const candidate of candidates) {
    const name = pageText(candidate, 100);
    if (name && !sections.has(fold(name)) && !INITIALS.test(name) && !isAddress(name)) return name;
  }
  return siteOfUrl(url);
}

/** The host a reader would name ("nytimes.com" for www.nytimes.com), or null for an IP address or localhost. */
export function siteOfUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return host && !isAddress(host) && host !== 'localhost' ? host.replace(/^www\./, '') : null;
}

// "U.S.", "U.K.", "E.U.": two initials with their dots name a country or a section, never a publisher.
const INITIALS = /^(\p{Lu}\.){2}$/u;
const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const isAddress = (text: string) => /^\[?[\d.:a-f]+\]?(:\d+)?$/i.test(text) && /\d/.test(text) && /[.:]/.test(text);

function meta(doc: Document, selector: string): string | null {
  const el = queryAll(doc, selector)[0];
  return el ? getAttr(el, 'content') : null;
}

function jsonLd(doc: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 5) return;
    if (Array.isArray(node)) return node.forEach((item) => walk(item, depth + 1));
    found.push(node as Record<string, unknown>);
    walk((node as Record<string, unknown>)['@graph'], depth + 1);
  };
  for (const script of queryAll(doc, 'script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(textOf(script)), 0);
    } catch {
      // a broken block is skipped; another may still name the publisher
    }
  }
  return found;
}

function publisherNames(doc: Document): string[] {
  const names: string[] = [];
  for (const node of jsonLd(doc)) {
    const publisher = node.publisher as { name?: unknown } | { name?: unknown }[] | undefined;
    for (const p of Array.isArray(publisher) ? publisher : [publisher]) {
      if (typeof p?.name === 'string') names.push(p.name);
    }
    if (node['@type'] === 'WebSite' && typeof node.name === 'string') names.push(node.name);
  }
  return names;
}

function sectionsOf(doc: Document): string[] {
  const sections = queryAll(doc, 'meta[property="article:section"], meta[name="article:section"]')
    .map((el) => getAttr(el, 'content') ?? '')
    .filter(Boolean);
  for (const node of jsonLd(doc)) {
    const section = node.articleSection;
    for (const s of Array.isArray(section) ? section : [section]) if (typeof s === 'string') sections.push(s);
  }
  return sections;
}
