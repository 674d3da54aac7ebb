import { getAttr, queryAll, safeGet, tagOf } from './safe-dom';

// Built-ins a walker or sanitiser reads: if the element's own view of one differs from its prototype's, a page
// has shadowed it (a named form control in a browser; an expando anywhere).
const NODES = [
  'nodeType',
  'nodeName',
  'localName',
  'tagName',
  'namespaceURI',
  'parentNode',
  'parentElement',
  'firstChild',
  'lastChild',
  'nextSibling',
  'previousSibling',
  'firstElementChild',
  'nextElementSibling',
  'ownerDocument',
];
const METHODS = [
  'remove',
  'removeChild',
  'insertBefore',
  'appendChild',
  'replaceWith',
  'cloneNode',
  'contains',
  'hasChildNodes',
  'getAttribute',
  'setAttribute',
  'removeAttribute',
  'hasAttribute',
  'getAttributeNames',
  'querySelector',
  'querySelectorAll',
  'matches',
  'closest',
];
// Collections a getter may build afresh: shadowed when the value is not even of the same kind.
const COLLECTIONS = ['attributes', 'childNodes', 'children'];

type Bag = Record<string, unknown>;

/**
 * True when a page has shadowed a built-in DOM property or method of `el`: read directly, it disagrees with the
 * prototype's own getter. A <form> counts as shadowed as soon as its markup names a control after one of its
 * properties (<input name="nextSibling">, id="attributes", or form="its id" elsewhere), which is how browsers
 * clobber; DOMs for Node (linkedom, happy-dom) do not, but the markup is refused all the same.
 */
export function isClobbered(el: Element): boolean {
  const direct = el as unknown as Bag;
  for (const name of NODES) if (name in direct && direct[name] !== safeGet(el, name)) return true;
  for (const name of METHODS) if (name in direct && direct[name] !== safeGet(el, name)) return true;
  for (const name of COLLECTIONS) {
    if (!(name in direct)) continue;
    const own = direct[name];
    const safe = safeGet<unknown>(el, name);
    if (own !== safe && (typeof own !== 'object' || own === null || protoOf(own) !== protoOf(safe))) return true;
  }
  return tagOf(el) === 'form' && formNamesShadow(el);
}

const protoOf = (v: unknown) => (typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : null) as unknown;

function formNamesShadow(form: Element): boolean {
  const proto = Object.getPrototypeOf(form) as object;
  const shadows = (el: Element) =>
    [getAttr(el, 'name'), getAttr(el, 'id')].some((n) => !!n && (n in proto || n in Object.prototype));
  if (queryAll(form, '[name], [id]').some(shadows)) return true;
  const id = getAttr(form, 'id');
  const doc = safeGet<Document | null>(form, 'ownerDocument');
  if (!id || !doc) return false;
  return queryAll(doc, '[form]').some((el) => getAttr(el, 'form') === id && shadows(el));
}
