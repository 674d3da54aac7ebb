// A DOM subtree as well-formed XHTML, written by hand rather than with XMLSerializer: the same output in the
// library page and in Node (linkedom), and every name and character checked for XML, which e-readers parse strictly.
// The HTML and Markdown exports read the article through it too (it is valid HTML as well), so all three keep and
// drop the same things.

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
// Characters XML 1.0 forbids outright (a stray form feed in an article would make the whole book unreadable).
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const NAME = /^[a-z][a-z0-9]*$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
// Presentational attributes the HTML the EPUB validator knows calls obsolete, and what would load from the web.
const DROPPED = new Set([
  'align',
  'valign',
  'bgcolor',
  'border',
  'cellpadding',
  'cellspacing',
  'frame',
  'rules',
  'hspace',
  'vspace',
  'nowrap',
  'srcset',
  'sizes',
  'loading',
  'decoding',
  'fetchpriority',
  'style',
]);

const escapeText = (s: string) =>
  s.replace(NOT_XML, '').replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
export const escapeXml = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The children of `root` as XHTML (elements and text; comments and unknown names dropped, their text kept). */
export function toXhtml(root: Node): string {
  const out: string[] = [];
  const ids = new Set<string>();
  const keep = (attr: string, value: string): boolean => {
    if (!ATTRIBUTE.test(attr) || DROPPED.has(attr) || attr.startsWith('on')) return false;
    // HTML wants pixel counts here ("100%" is invalid), and an id once per chapter.
    if (attr === 'width' || attr === 'height') return /^\d+$/.test(value);
    if (attr === 'id') return /^\S+$/.test(value) && !ids.has(value) && Boolean(ids.add(value));
    // Links go to the web or to a place in this chapter; anything else would point into a book that lacks it.
    if (attr === 'href') return /^(https?:|mailto:)/i.test(value) || (value.startsWith('#') && hasId(root, value));
    return true;
  };
  const walk = (parent: Node) => {
    for (const node of [...parent.childNodes]) {
      if (node.nodeType === 3) out.push(escapeText(node.nodeValue ?? ''));
      else if (node.nodeType === 1) element(node as Element);
    }
  };
  const element = (el: Element) => {
    const name = el.localName.toLowerCase();
    if (!NAME.test(name) || name === 'script' || name === 'style') {
      if (name !== 'script' && name !== 'style') walk(el);
      return;
    }
    out.push(`<${name}`);
    for (const { name: raw, value } of [...el.attributes]) {
      const attr = raw.toLowerCase();
      if (!keep(attr, value)) continue;
      out.push(` ${attr}="${escapeXml(value)}"`);
    }
    if (VOID.has(name)) {
      out.push('/>');
      return;
    }
    out.push('>');
    walk(el);
    out.push(`</${name}>`);
  };
  walk(root);
  return out.join('');
}

function hasId(root: Node, fragment: string): boolean {
  const id = fragment.slice(1);
  return [...(root as Element).querySelectorAll('[id]')].some((el) => el.id === id);
}
