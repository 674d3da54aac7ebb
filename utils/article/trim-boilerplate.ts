import { descendants } from '../clean/descendants';

// Lines that are about the article rather than of it: datelines, bylines, photo credits and captions,
// "Read more"/"See also" pointers. The benchmark's ground truth (and a reader) leaves them out of the body.
const DATELINE =
  /^(published|updated|posted|last updated|first published|modified|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)\b[\s:|]/i;
const TIMESTAMP =
  /\b(\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?|\d{1,2}\s*(am|pm))\b.*\b(19|20)\d{2}\b|\b(19|20)\d{2}\b.*\b\d{1,2}[:.]\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? (19|20)\d{2}\b.*\b(am|pm|[ECMP][SD]T|GMT|UTC)\b/i;
const BYLINE = /^(by|von|par|por|di)\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}(\s*(,|\||-|–|and|&)\s*.*)?$/u;
const CREDIT =
  /^(image (copyright|caption)|photo(graph)?:|credit:|source:|picture:|foto:|bild:)|\((image|photo|picture|pic|credit)s?:?[^)]*\)$|\b(credit|photo|image|picture)s?:\s*[\p{Lu}][^.]{0,60}$|\((ap|afp|reuters|getty|epa)( photo)?[^)]*\)$|getty images$/iu;
const POINTER =
  /^(read more|see more|see also|more|also read|also on [\w.]+|related|watch|listen|more information|citation|tags?|filed under|get .{0,40} by clicking here|read more on .{0,40}|follow .{0,60} on (twitter|facebook|instagram))\s*[:|-]?/i;

const INLINE_LINES = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'time', 'small', 'button', 'label', 'font']);
const PHOTO_CAPTION =
  /^(in this|this|an?|the) .{0,80}\b(file )?(photo|image|picture|photograph|handout)\b|\b(photo|image|picture)s? (by|courtesy|credit)\b|\((ap|afp|reuters|getty|epa|file)\b[^)]*\)\s*$|\bpictured\b/i;

// Lines are judged whole: inline elements (a, b, span, time...) only as part of their block.
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'dl',
  'dt',
  'dd',
  'table',
  'blockquote',
  'header',
  'footer',
  'aside',
  'address',
]);

/**
 * Removes from Readability's output what sits inside its container but is not article text: captions and
 * credits, bylines and datelines, link lists (menus, "You may also like"), "Read more" pointers and lines
 * that are all link (inline promos of other stories). General rules, measured on the zyte benchmark.
 */
export function trimBoilerplate(content: Element, byline: string | null | undefined): void {
  const bylineText = byline?.replace(/\s+/g, ' ').trim().toLowerCase();
  const keepCaptions = captionsCarryText(content);
  for (const el of descendants(content)) {
    if (!el.isConnected && !content.contains(el)) continue;
    const tag = el.localName;
    // Inline elements count as lines of their own when they stand loose among blocks ("Sign In", a dateline span).
    if (!BLOCKS.has(tag) && !(INLINE_LINES.has(tag) && el.parentElement && hasBlockChild(el.parentElement))) continue;
    if (isCaption(el) && keepCaptions) continue;
    if (tag === 'figcaption' || META_CLASS.test(el.getAttribute('class') ?? '')) {
      el.remove();
      continue;
    }
    if (tag === 'ul' || tag === 'ol') {
      if (isLinkList(el)) el.remove();
      continue;
    }
    if (hasBlockChild(el)) continue;
    const text = squash(el.textContent ?? '');
    if (!text) continue;
    const words = text.split(' ').length;
    if (words > 40) continue;
    if (
      (words <= 25 && (DATELINE.test(text) || TIMESTAMP.test(text) || CREDIT.test(text))) ||
      (words <= 12 && (BYLINE.test(text) || (bylineText && text.toLowerCase() === bylineText))) ||
      (words <= 25 && POINTER.test(text) && el.querySelector('a')) ||
      (words <= 30 && linkShare(el, text) > 0.9 && !/[.!?]["”’]?$/.test(text)) ||
      (words <= 60 && !keepCaptions && PHOTO_CAPTION.test(text) && nextToImage(el)) ||
      (words <= 30 && /©|\(c\) ?(19|20)\d\d|all rights reserved/i.test(text)) ||
      /^(https?:\/\/|www\.)\S+$/.test(text) ||
      (words <= 25 && words >= 2 && isShouting(text) && !/^h[1-6]$/.test(tag))
    ) {
      el.remove();
    }
  }
}

const META_CLASS = /\b(caption|credit|byline|dateline|timestamp|posted-on|entry-meta|post-meta|article-meta)\b/i;
const CAPTION_CLASS = /\bcaption\b/i;

function isCaption(el: Element): boolean {
  return el.localName === 'figcaption' || CAPTION_CLASS.test(el.getAttribute('class') ?? '');
}

// Slideshow pages carry their text in captions: when captions hold most of it, they are the article.
function captionsCarryText(content: Element): boolean {
  const total = squash(content.textContent ?? '').length;
  let captions = 0;
  for (const el of descendants(content)) {
    if (!isCaption(el)) continue;
    let nested = false;
    for (let up = el.parentElement; up && up !== content && !nested; up = up.parentElement) nested = isCaption(up);
    if (!nested) captions += squash(el.textContent ?? '').length;
  }
  return captions > 0 && captions > total - captions;
}

// A kicker or promo line in capitals ("SCORES QUARANTINED"); article sentences are not written so.
function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

// A caption stands right after (or around) its picture.
function nextToImage(el: Element): boolean {
  if (el.querySelector('img, picture')) return true;
  for (let prev = el.previousElementSibling, i = 0; prev && i < 2; prev = prev.previousElementSibling, i++) {
    if (prev.matches('img, picture, figure') || prev.querySelector('img, picture')) return true;
  }
  return false;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (/^(p|div|ul|ol|li|table|figure|section|h[1-6]|blockquote|pre)$/.test(c.localName)) return true;
  }
  return false;
}

function linkShare(el: Element, text: string): number {
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += squash(a.textContent ?? '').length;
  return text.length ? linked / text.length : 0;
}

// A list whose items are mostly short links: a menu, a tag cloud, "More stories".
function isLinkList(list: Element): boolean {
  const items = [...list.children].filter((c) => c.localName === 'li');
  if (items.length < 2) return false;
  const text = squash(list.textContent ?? '');
  const avgWords = text.split(' ').length / items.length;
  return linkShare(list, text) > 0.7 && avgWords < 14;
}
