// What an article may keep. Everything else is dropped: with its content for elements that can carry code or
// load things (script, style, iframe, svg, math, object...) and for form controls, unwrapped (content kept) for the
// rest. A <form> that holds a paragraph of prose is unwrapped, not dropped: ASP.NET sites and shops' buy boxes wrap
// article text in one; other forms (sign-up, comment, search boxes) go with their labels.
const KEEP = new Set(
  ('a abbr address article aside b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt ' +
    'em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark ol p picture pre q rp rt ruby ' +
    's samp section small source span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);
const DROP_WITH_CONTENT = new Set(
  ('script style noscript template iframe frame frameset object embed applet svg math input button select ' +
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
const URL_ATTRS = new Set(['href', 'src', 'cite']);
const SAFE_URL = /^(https?:|mailto:|#)/i;

/** True when a URL attribute value is an absolute http(s)/mailto URL or a fragment (no javascript:, data:, ...). */
export function isSafeUrl(value: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("jav\tascript:"): strip them first.
  return SAFE_URL.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

/**
 * Sanitises a subtree in place by allowlist: unknown elements are unwrapped, dangerous ones dropped with their
 * content, attributes kept only when listed, URLs only http(s), mailto or fragments, srcset entries likewise.
 * Works on any DOM (browser, linkedom), so the same rules run in the content script, the background and Node.
 */
export function sanitizeTree(root: Element): void {
  const walk = (parent: Element) => {
    for (let node = parent.firstChild; node; ) {
      const next = node.nextSibling;
      if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.localName.toLowerCase();
        if (DROP_WITH_CONTENT.has(tag) || el.namespaceURI && !/xhtml/.test(el.namespaceURI)) el.remove();
        else if (tag === 'form' && !holdsProse(el)) el.remove();
        else if (!KEEP.has(tag)) {
          const first = el.firstChild;
          while (el.firstChild) parent.insertBefore(el.firstChild, el);
          el.remove();
          if (first) {
            // re-walk from the first lifted child: it sits where the element was
            node = first;
            continue;
          }
        } else {
          cleanAttributes(el, tag);
          walk(el);
        }
      } else if (node.nodeType !== 3) {
        node.parentNode?.removeChild(node); // comments, processing instructions, CDATA
      }
      node = next;
    }
  };
  walk(root);
}

function holdsProse(el: Element): boolean {
  for (const p of el.getElementsByTagName('p')) if ((p.textContent ?? '').trim().length >= 150) return true;
  return false;
}

function cleanAttributes(el: Element, tag: string): void {
  const allowed = ATTRS[tag] ?? [];
  for (const { name, value } of [...el.attributes]) {
    const lower = name.toLowerCase();
    const listed = allowed.includes(lower) || ATTRS['*']!.includes(lower);
    if (!listed) el.removeAttribute(name);
    else if (URL_ATTRS.has(lower) && !isSafeUrl(value)) el.removeAttribute(name);
    else if (lower === 'srcset' && value.split(',').some((part) => !isSafeUrl(part.trim()))) el.removeAttribute(name);
    // Prefixed so article ids cannot clobber the extension page's own; once only, so sanitising is idempotent.
    else if (lower === 'id' && !value.startsWith('sift-')) el.setAttribute('id', `sift-${value}`.slice(0, 80));
  }
  const href = el.getAttribute('href');
  // In-article links (footnotes) follow their target's prefixed id.
  if (tag === 'a' && href && /^#(?!sift-)./.test(href)) el.setAttribute('href', `#sift-${href.slice(1)}`);
  if (tag === 'a' && el.getAttribute('href')) {
    el.setAttribute('rel', 'noopener noreferrer nofollow');
    el.setAttribute('target', '_blank');
  }
}
