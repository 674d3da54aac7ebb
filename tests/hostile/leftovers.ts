/**
 * What a sanitised tree holds beyond the allowlist (issue 17: "the output holds only allowlisted elements and
 * attributes"), written out here from the README's promise rather than imported from the sanitiser, so a change to
 * the sanitiser's lists cannot quietly move the test. URL attributes are judged by their decoded scheme.
 */
import { parseHTML } from 'linkedom';

const TAGS = new Set(
  ('a abbr address article aside b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt ' +
    'em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark ol p picture pre q rp rt ruby ' +
    's samp section small source span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);
const ATTRS: Record<string, string[]> = {
  '*': ['title', 'lang', 'dir', 'id'],
  // rel and target are Sift's own; loading and alt are set by the display layer.
  a: ['href', 'rel', 'target'],
  img: ['src', 'srcset', 'alt', 'width', 'height', 'sizes', 'loading'],
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
const SCHEMES: Record<string, RegExp> = {
  href: /^(https?:|mailto:|#)/,
  src: /^(https?:|blob:)/,
  cite: /^https?:/,
};

// Entities and invisibles out, as a browser reads a URL.
function decoded(value: string): string {
  const once = (v: string) =>
    v.replace(/&#x([0-9a-f]+);?|&#(\d+);?|&(colon|tab|newline|amp);/gi, (_m, hex, dec, name: string | undefined) =>
      name ? ({ colon: ':', tab: '\t', newline: '\n', amp: '&' } as Record<string, string>)[name.toLowerCase()]! :
        String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)));
  let v = value;
  for (let i = 0; i < 4; i++) v = once(v);
  return v.replace(/[\u0000-\u0020\u007f-\u00a0]/g, '').toLowerCase();
}

/**
 * One line per element or attribute outside the allowlist, or URL with a scheme outside it, in serialised HTML.
 * Read from a fresh parse (linkedom), so a shadowed property in the tree that made the HTML cannot hide anything.
 */
export function leftovers(html: string): string[] {
  const found: string[] = [];
  const root = (parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document).body;
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    if (!TAGS.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of [...el.attributes]) {
      const lower = name.toLowerCase();
      if (!(ATTRS[tag] ?? []).includes(lower) && !ATTRS['*']!.includes(lower)) found.push(`${tag}[${lower}]`);
      const scheme = SCHEMES[lower];
      if (scheme && !scheme.test(decoded(value))) found.push(`${tag}[${lower}=${value.slice(0, 24)}]`);
      if (lower === 'srcset' && value.split(',').some((c) => !/^https?:/.test(decoded(c.trim())))) {
        found.push(`${tag}[srcset=${value.slice(0, 24)}]`);
      }
    }
  }
  return found;
}
