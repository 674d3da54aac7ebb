import { isClobbered } from '../clean/is-clobbered';
import {
  attributesOf,
  firstChild,
  getAttr,
  insertBefore,
  namespaceOf,
  nextSibling,
  nodeType,
  parentNode,
  removeAttr,
  removeNode,
  safeCall,
  safeGet,
  setAttr,
  tagOf,
  textOf,
} from '../clean/safe-dom';
import { isAllowedSrcset, isAllowedUrl, type UrlKind } from './safe-url';

// What an article may keep. Everything else is dropped: with its content for elements that can carry code or
// load things (script, style, iframe, svg, math, object...) and for form controls, unwrapped (content kept) for the
// rest. A <form> that holds a paragraph of prose is unwrapped, not dropped: ASP.NET sites and shops' buy boxes wrap
// article text in one; other forms (sign-up, comment, search boxes) go with their labels.
const KEEP = new Set(
  (
    'a abbr address article aside b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt ' +
    'em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark ol p picture pre q rp rt ruby ' +
    's samp section small source span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);
const DROP_WITH_CONTENT = new Set(
  (
    'script style noscript template iframe frame frameset object embed applet svg math input button select ' +
    'textarea option optgroup datalist output meta link base title head audio video track canvas map area portal ' +
    'xmp noembed noframes plaintext isindex keygen dialog slot param marquee'
  ).split(' '),
);
const ATTRS: Record<string, string[]> = {
  '*': ['title', 'lang', 'dir', 'id'],
  a: ['href'],
  img: ['src', 'srcset', 'alt', 'width', 'height', 'sizes'],
  source: ['srcset', 'type', 'media', 'sizes'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  time: ['datetime'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  details: ['open'],
};
// Every URL-bearing attribute the allowlist keeps, with what it may point to; all others (action, formaction,
// poster, background, ping, longdesc, xlink:href, data, usemap...) are not listed above, so they are dropped.
const URL_ATTRS: Record<string, UrlKind> = { href: 'link', src: 'image', cite: 'cite' };

/** True when a URL attribute value is an absolute http(s)/mailto URL or a fragment (no javascript:, data:, ...). */
export function isSafeUrl(value: string): boolean {
  return isAllowedUrl(value, 'link');
}

/**
 * Sanitises a subtree in place by allowlist: unknown elements are unwrapped, dangerous ones dropped with their
 * content, attributes kept only when listed, URLs only by scheme allowlist (http(s), mailto, fragments for links;
 * http(s) for images and citations), srcset entries likewise. The tree is read through the prototypes' getters
 * (safe-dom), so a page's named form controls cannot steer the walk; an element shadowed that way is replaced by
 * its inert text. Works on any DOM (browser, linkedom, happy-dom): the same rules run in the content script, the
 * background and the extension pages.
 */
export function sanitizeTree(root: Element): void {
  const walk = (parent: Node) => {
    for (let node = firstChild(parent); node;) {
      const next = nextSibling(node);
      const type = nodeType(node);
      if (type === 1) {
        const el = node as Element;
        const tag = tagOf(el);
        const ns = namespaceOf(el);
        if (isClobbered(el)) {
          replaceWithText(el);
        } else if (DROP_WITH_CONTENT.has(tag) || !tag || (ns && !/xhtml/.test(ns))) {
          removeNode(el);
        } else if (tag === 'form' && !holdsProse(el)) {
          removeNode(el);
        } else if (!KEEP.has(tag) || isMisplacedTablePart(tag, parent)) {
          const first = firstChild(el);
          for (let child = first; child; child = firstChild(el)) {
            insertBefore(parent, child, el);
            // A DOM that will not move the child (happy-dom, some nestings) must not hold the loop: drop it.
            if (firstChild(el) === child) removeNode(child);
          }
          removeNode(el);
          if (first) {
            // re-walk from the first lifted child: it sits where the element was
            node = first;
            continue;
          }
        } else {
          const kept = getAttr(el, 'is') === null ? el : withoutIsValue(el, tag, parent);
          cleanAttributes(kept, tag);
          walk(kept);
        }
      } else if (type !== 3) {
        removeNode(node); // comments, processing instructions, CDATA
      }
      node = next;
    }
  };
  walk(root);
}

// Where each table part may sit. Unwrapping (a form, an unknown element) can leave a <td> outside any table, which
// a reparse would drop with what it says: such a part is unwrapped too, so the output reads the same reparsed.
const TABLE_PARENTS: Record<string, string[]> = {
  td: ['tr'],
  th: ['tr'],
  tr: ['table', 'tbody', 'thead', 'tfoot'],
  tbody: ['table'],
  thead: ['table'],
  tfoot: ['table'],
  caption: ['table'],
  colgroup: ['table'],
  col: ['colgroup', 'table'],
};

function isMisplacedTablePart(tag: string, parent: Node): boolean {
  const allowed = TABLE_PARENTS[tag];
  return !!allowed && !(nodeType(parent) === 1 && allowed.includes(tagOf(parent as Element)));
}

// A browser keeps an element's `is` value (a customised built-in's name) after its attribute is removed, and
// writes it back out when serialising: <div is="x-y"> would leave the sanitiser as <div is="x-y"> again. Such an
// element is replaced by a fresh one of its tag, with its attributes (but `is`) and children moved over.
function withoutIsValue(el: Element, tag: string, parent: Node): Element {
  const doc = safeGet<Document>(el, 'ownerDocument');
  const fresh = safeCall<Element>(doc, 'createElement', tag);
  for (const { name, value } of attributesOf(el)) if (name.toLowerCase() !== 'is') setAttr(fresh, name, value);
  for (let child = firstChild(el); child; child = firstChild(el)) {
    insertBefore(fresh, child, null);
    if (firstChild(el) === child) removeNode(child);
  }
  insertBefore(parent, fresh, el);
  removeNode(el);
  return fresh;
}

// A form that holds a paragraph of prose is article text (ASP.NET pages wrap the whole page in one).
function holdsProse(el: Element): boolean {
  const paragraphs = safeCall<ArrayLike<Element>>(el, 'getElementsByTagName', 'p');
  for (let i = 0; i < paragraphs.length; i++) {
    if ((safeGet<string | null>(paragraphs[i]!, 'textContent') ?? '').trim().length >= 150) return true;
  }
  return false;
}

/** Replaces a shadowed element by its text, read no further than safe-dom allows and without what is dropped. */
export function replaceWithText(el: Element): void {
  const parts: string[] = [];
  const collect = (node: Node) => {
    for (let child = firstChild(node); child; child = nextSibling(child)) {
      const type = nodeType(child);
      if (type === 3) parts.push(textOf(child));
      else if (type === 1 && !DROP_WITH_CONTENT.has(tagOf(child as Element))) collect(child);
    }
  };
  collect(el);
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  const doc = safeGet<Document | null>(el, 'ownerDocument');
  const parent = parentNode(el);
  if (!parent) return;
  if (text && doc) insertBefore(parent, safeCall<Text>(doc, 'createTextNode', ` ${text} `), el);
  removeNode(el);
}

function cleanAttributes(el: Element, tag: string): void {
  const allowed = ATTRS[tag] ?? [];
  for (const { name, value } of attributesOf(el)) {
    const lower = name.toLowerCase();
    const listed = allowed.includes(lower) || ATTRS['*']!.includes(lower);
    const urlKind = URL_ATTRS[lower];
    if (!listed) removeAttr(el, name);
    else if (urlKind && !isAllowedUrl(value, tag === 'a' ? 'link' : urlKind)) removeAttr(el, name);
    else if (lower === 'srcset' && !isAllowedSrcset(value)) removeAttr(el, name);
    // Prefixed so article ids cannot clobber the extension page's own; once only, so sanitising is idempotent.
    else if (lower === 'id' && !value.startsWith('sift-')) setAttr(el, 'id', `sift-${value}`.slice(0, 80));
  }
  const href = getAttr(el, 'href');
  // In-article links (footnotes) follow their target's prefixed id.
  if (tag === 'a' && href && /^#(?!sift-)./.test(href)) setAttr(el, 'href', `#sift-${href.slice(1)}`);
  if (tag === 'a' && getAttr(el, 'href')) {
    setAttr(el, 'rel', 'noopener noreferrer nofollow');
    setAttr(el, 'target', '_blank');
  }
}
