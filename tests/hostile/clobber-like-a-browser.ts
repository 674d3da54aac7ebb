/**
 * linkedom and happy-dom parse a clobbering form but do not clobber: neither gives a form its controls as
 * properties, nor the document its named images. A browser does ([LegacyOverrideBuiltIns]). This gives a parsed
 * document the same shadowing, as live own getters (the control must still carry the name and sit in the form,
 * as in a browser), so unit tests meet what Chromium and Firefox show a content script.
 *
 * Only where the DOM can bear it: these libraries implement some getters through others (happy-dom's
 * nextElementSibling reads this.nextSibling; linkedom keeps localName as a plain field), which a browser never
 * does. A name is shadowed only when a probe shows the library's own getters unchanged by it.
 */
const DOC_NAMED = 'img[name], form[name], embed[name], object[name], iframe[name], object[id], img[id][name]';
const PROBED = ['nodeType', 'localName', 'parentNode', 'firstChild', 'nextSibling', 'firstElementChild',
  'nextElementSibling', 'parentElement', 'textContent', 'childNodes', 'attributes', 'ownerDocument', 'body', 'head',
  'documentElement'];

const protoGet = (node: object, name: string): unknown => {
  for (let o = Object.getPrototypeOf(node) as object | null; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return d.get ? d.get.call(node) : d.value;
  }
  return undefined;
};
const call = <T>(node: object, method: string, ...args: unknown[]) =>
  (protoGet(node, method) as (...a: unknown[]) => T).apply(node, args);
// What the library's getters say of a node, as text: compared before and after shadowing a name.
// Selector matching and attribute reads too: linkedom matches selectors through element.getAttribute.
const snapshot = (node: Node): string =>
  PROBED.map((p) => {
    const v = protoGet(node, p) as { localName?: unknown; length?: unknown } | string | number | null;
    return typeof v === 'object' && v !== null ? `${String(v.localName)}/${String(v.length)}` : String(v);
  }).join('|') +
  `|${call<ArrayLike<Element>>(node, 'querySelectorAll', '[name], form, b, i').length}` +
  `|${call<ArrayLike<Element>>(node, 'querySelectorAll', '*').length}|${call<ArrayLike<Element>>(node, 'querySelectorAll', 'form > input + b').length}` +
  `|${call<ArrayLike<Node>>(call<Node>(node, 'cloneNode', true), 'querySelectorAll', '*').length}` +
  (protoGet(node, 'nodeType') === 1
    ? `|${String(call(node, 'getAttribute', 'name'))}|${call<string[]>(node, 'getAttributeNames').length}` +
      `|${String(call(node, 'matches', 'form, p, body, [name]'))}`
    : '');

const bearable = new WeakMap<object, Map<string, boolean>>();

/** True when shadowing `name` on a form leaves this DOM's own getters (of the form and its document) unchanged. */
function canShadow(doc: Document, name: string, onDocument: boolean): boolean {
  const proto = Object.getPrototypeOf(doc) as object;
  const known = bearable.get(proto) ?? new Map<string, boolean>();
  bearable.set(proto, known);
  const key = `${onDocument}:${name}`;
  let ok = known.get(key);
  if (ok !== undefined) return ok;
  // Through the prototypes: the document may already be shadowed by an earlier name.
  const probe = call<HTMLElement>(doc, 'createElement', 'div');
  probe.innerHTML = '<p>a</p><form><input><b>c</b></form><i>d</i>';
  const body = protoGet(doc, 'body') as HTMLElement | null;
  if (!body) return false;
  body.append(probe);
  const form = probe.querySelector('form')!;
  const target: Node = onDocument ? doc : form;
  const before = snapshot(form) + snapshot(body) + snapshot(target);
  // happy-dom's copy of a document leaves its nodes owned by the original, so work on the copy would meet the
  // original's shadowing: no browser does that, so the document is not shadowed there.
  const copy = call<Document>(doc, 'cloneNode', true);
  const ownsItsNodes = protoGet(protoGet(copy, 'body') as Node, 'ownerDocument') === copy;
  if (Object.prototype.hasOwnProperty.call(target, name) || (onDocument && !ownsItsNodes)) ok = false;
  else {
    Object.defineProperty(target, name, { value: form.firstChild, configurable: true });
    try {
      ok = snapshot(form) + snapshot(body) + snapshot(target) === before;
      // and the DOM can still take the form out (happy-dom's remove() reads this.getAttribute)
      call(form, 'remove');
      ok &&= protoGet(form, 'parentNode') === null && !call<Element | null>(probe, 'querySelector', 'form');
    } catch {
      ok = false;
    }
    delete (target as unknown as Record<string, unknown>)[name];
  }
  probe.remove();
  known.set(key, ok);
  return ok;
}

function shadow(target: Node, key: string, doc: Document, current: () => unknown): boolean {
  if (!key || !(key in target) || !canShadow(doc, key, target === doc)) return false;
  Object.defineProperty(target, key, {
    configurable: true,
    get() {
      const v = current();
      return v ?? protoGet(target, key);
    },
  });
  return true;
}

const has = (el: Element, key: string) => call(el, 'getAttribute', 'name') === key || call(el, 'getAttribute', 'id') === key;

/** Shadows as a browser would; returns how many properties were shadowed. */
export function clobberLikeABrowser(doc: Document): number {
  let count = 0;
  const named = [...doc.querySelectorAll(DOC_NAMED)];
  const contains = (a: Node, b: Node) => call<boolean>(a, 'contains', b);
  for (const form of doc.querySelectorAll('form')) {
    const id = form.getAttribute('id');
    const owned = [...form.querySelectorAll('[name], [id]'), ...(id ? doc.querySelectorAll(`[form="${id}"]`) : [])];
    const keys = new Set(owned.flatMap((el) => [el.getAttribute('name'), el.getAttribute('id')]).filter(Boolean));
    for (const key of keys as Set<string>) {
      const live = () => {
        const els = owned.filter((el) => has(el, key) && (contains(form, el) || !!id));
        // Two controls of one name give a RadioNodeList in a browser: an array stands for it.
        return els.length === 0 ? undefined : els.length === 1 ? els[0] : els;
      };
      if (shadow(form, key, doc, live)) count++;
    }
  }
  for (const el of named) {
    const key = el.getAttribute('name') ?? el.getAttribute('id');
    if (key && shadow(doc, key, doc, () => (has(el, key) && contains(doc, el) ? el : undefined))) count++;
  }
  return count;
}

/**
 * Runs `fn` with every document copy this DOM makes (cloneNode, as extraction does) clobbered too, as a browser's
 * copy of the page would be: the named properties come from the markup, which the copy carries.
 */
export function withClobberedCopies<T>(doc: Document, fn: () => T): T {
  let owner = Object.getPrototypeOf(doc) as object | null;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, 'cloneNode')) owner = Object.getPrototypeOf(owner);
  if (!owner) return fn();
  const original = Object.getOwnPropertyDescriptor(owner, 'cloneNode')!;
  const clone = original.value as (this: Node, deep?: boolean) => Node;
  Object.defineProperty(owner, 'cloneNode', {
    ...original,
    value(this: Node, deep?: boolean) {
      const copy = clone.call(this, deep);
      if (copy === doc || protoGet(copy, 'nodeType') !== 9) return copy;
      clobberLikeABrowser(copy as Document);
      return copy;
    },
  });
  try {
    return fn();
  } finally {
    Object.defineProperty(owner, 'cloneNode', original);
  }
}
