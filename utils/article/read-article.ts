import { Readability } from '@mozilla/readability';
import { descendants } from '../clean/descendants';
import { safeCall, safeGet } from '../clean/safe-dom';
import { findClutter, HIDDEN_ATTR } from '../clean/find-clutter';
import { locateArticle } from '../clean/locate-article';
import { plausibleDate } from '../figures/plausible-date';
import { blockText } from './block-text';
import { cleanByline } from './byline';
import { boundSize, MAX_ELEMENTS } from './bound-size';
import { classifyUrl, type StoreRules } from './classify-url';
import { disarmClobbering } from './disarm-clobbering';
import { isReadable } from './is-readable';
import { fixLazyImages } from './fix-lazy-images';
import { pageDate, pageDir, pageLang, pageText } from './page-values';
import { readMetadata } from './read-metadata';
import { countWords, readingMinutes } from './reading-time';
import { sanitizeTree } from './sanitize-tree';
import { siteNameOf } from './site-name';
import { trimBoilerplate } from './trim-boilerplate';
import type { ExtractResult } from './types';
import { visibleMeta } from './visible-meta';

export interface ExtractOptions {
  /** Read the page even when it does not look like an article ("show anyway"). */
  force?: boolean;
  /** Element bound for Readability (default MAX_ELEMENTS). */
  maxElements?: number;
  /** Content type of the page (document.contentType), to tell PDFs apart. */
  contentType?: string | null;
  /** The browser whose add-on store is off limits (unset: both stores are). */
  stores?: StoreRules;
}

/**
 * The article of a page as an ArticleDraft, or a typed reason why not. Works on a clone, never on `doc` itself:
 * lazy images made real, clutter removed, Readability within a size bound, boilerplate trimmed, sanitised. Its
 * `figures` are left empty: the content script runs on every page and carries no figure code.
 */
export function readArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  // The live page is read through the prototypes (safe-dom): <img name="body"> or <img name="cloneNode"> shadows
  // the document's own properties in a browser.
  const refused = classifyUrl(
    url,
    options.contentType ?? safeGet<string | undefined>(doc, 'contentType'),
    options.stores,
  );
  if (refused) return { ok: false, error: refused };
  const root = safeGet<Element | null>(doc, 'documentElement');
  if (!root || !safeGet<Element | null>(doc, 'body')) return notArticle();
  const max = options.maxElements ?? MAX_ELEMENTS;
  const tooBigToCheck = descendants(root, max).length > max;

  // Copying a page of a million elements would itself stall the tab for seconds: copy only what can be read.
  const clone = tooBigToCheck ? articleOnlyCopy(doc) : safeCall<Document>(doc, 'cloneNode', true);
  // Readability and the steps below read the copy through its own properties: unshadow them first.
  if (clone) disarmClobbering(clone);
  if (clone && !options.force && !tooBigToCheck && !isReadable(clone)) return notArticle();
  const bounded = clone && boundSize(clone, max);
  if (!clone || !bounded) {
    return { ok: false, error: { kind: 'too-large', message: 'This page is too large to read safely, even in part.' } };
  }
  fixLazyImages(clone);
  setBase(clone, url);
  const metadata = readMetadata(clone, url);
  removeClutter(clone);
  // Read before Readability, which drops the JSON-LD and the header lines these come from.
  const visible = visibleMeta(clone, metadata.lang);
  const siteName = siteNameOf(clone, url);

  const heading = clone.querySelector('h1')?.textContent ?? null; // read before Readability mutates the clone
  const parsed = new Readability(clone, { serializer: (el) => el, maxElemsToParse: 0 }).parse();
  const content = parsed?.content as unknown as Element | undefined;
  if (!parsed || !content) return notArticle(options.force);
  trimBoilerplate(content, parsed.byline);
  sanitizeTree(content);
  const text = blockText(content);
  if (!text) return notArticle(options.force);

  // One date for the header and for figures ("last year", "in March"), and only a plausible one.
  const published =
    metadata.published ?? plausibleDate(pageDate(parsed.publishedTime)) ?? plausibleDate(visible.published);
  const lang = pageLang(parsed.lang) ?? metadata.lang;
  const images = [...content.querySelectorAll('img[src]')].map((img) => img.getAttribute('src')!);
  return {
    ok: true,
    article: {
      url,
      canonicalUrl: metadata.canonicalUrl,
      title: pickTitle(parsed.title || clone.title, heading),
      byline: cleanByline(parsed.byline, lang) ?? visible.byline,
      siteName,
      published,
      lang,
      dir: pageDir(parsed.dir) ?? metadata.dir,
      excerpt: pageText(parsed.excerpt, 1000),
      html: content.innerHTML,
      text,
      words: countWords(text),
      readingMinutes: readingMinutes(text),
      images: [...new Set(images)],
      // Read by the popup, which loads only the tables of the page's language (utils/article/with-figures.ts).
      figures: [],
      ...(bounded.partial || tooBigToCheck ? { partial: true } : {}),
    },
  };
}

/** A copy of the page with its head and only the block the locator takes for the article in its body. */
function articleOnlyCopy(doc: Document): Document | null {
  const located = locateArticle(doc);
  const [root, head, body] = (['documentElement', 'head', 'body'] as const).map((k) => safeGet<Element | null>(doc, k));
  if (!located || !root || !head || !body) return null;
  // A shallow clone and imports rather than DOMImplementation, which linkedom lacks.
  const copy = safeCall<Document>(doc, 'cloneNode', false);
  const html = copy.appendChild(copy.importNode(root, false));
  const bodyCopy = copy.importNode(body, false);
  html.append(copy.importNode(head, true), bodyCopy);
  bodyCopy.append(copy.importNode(located.root, true));
  return copy;
}

/** The content script has already judged the live page (its marks come along in the clone); else judge here. */
function removeClutter(clone: Document): void {
  const marked = clone.querySelectorAll(`[${HIDDEN_ATTR}]`);
  if (marked.length) for (const el of marked) el.remove();
  else for (const match of findClutter(clone)) match.element.remove();
}

function notArticle(forced = false): ExtractResult {
  const message = forced ? 'Sift found no readable text on this page.' : 'This page does not look like an article.';
  return { ok: false, error: { kind: forced ? 'no-content' : 'not-article', message } };
}

// Readability makes links and images absolute against the document's base; a parsed file has none.
function setBase(doc: Document, url: string): void {
  if (doc.querySelector('base[href]') || !doc.head) return;
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head.prepend(base);
}

// Readability keeps section names in a <title> ("Headline | Energy | Site"); the page's own headline, when
// the <title> begins with it, is what a reader calls the title.
function pickTitle(readabilityTitle: string | null | undefined, h1: string | null): string {
  const title = (readabilityTitle ?? '').replace(/\s+/g, ' ').trim();
  const heading = h1?.replace(/\s+/g, ' ').trim();
  return heading && heading.length >= 10 && title.startsWith(heading) ? heading : title;
}
