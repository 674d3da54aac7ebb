// DOM reads a page cannot shadow. In a browser a <form> exposes its controls as properties that override the
// built-ins ([LegacyOverrideBuiltIns]): <input name="nextSibling"> makes form.nextSibling that input, so a walker
// skips or loops, and <input name="localName"> makes form.localName an element. Document does the same with
// <img name="body">. Like DOMPurify, Sift reads through the prototypes' own getters and methods instead; they are
// found from the node's own prototype chain, not from a window, so the same code works in a browser (any realm,
// content script or extension page), linkedom and happy-dom.

type Accessor = { get?: (this: unknown) => unknown; value?: unknown };
const found = new WeakMap<object, Map<string, Accessor | null>>();

function accessor(node: object, name: string): Accessor | null {
  const proto = Object.getPrototypeOf(node) as object | null;
  if (!proto) return null;
  let names = found.get(proto);
  if (!names) found.set(proto, (names = new Map()));
  let hit = names.get(name);
  if (hit === undefined) {
    hit = null;
    // Start at the prototype: an own property on the node (a named control, an expando) is what is being avoided.
    for (let o: object | null = proto; o; o = Object.getPrototypeOf(o) as object | null) {
      const d = Object.getOwnPropertyDescriptor(o, name);
      if (d) {
        hit = d.get ? { get: d.get } : { value: d.value };
        break;
      }
    }
    names.set(name, hit);
  }
  return hit;
}

/** The value of a built-in property as its prototype defines it (undefined when the node has no such property). */
export function safeGet<T>(node: object, name: string): T {
  const a = accessor(node, name);
  if (a) return (a.get ? a.get.call(node) : a.value) as T;
  // linkedom keeps localName, nodeType and parentNode as plain fields of each node (no getter to borrow); a
  // browser always has the getter, and linkedom has no named-property shadowing to avoid.
  return Object.getOwnPropertyDescriptor(node, name)?.value as T;
}

/** Calls a built-in method as its prototype defines it; throws when the node has no such method. */
export function safeCall<T>(node: object, name: string, ...args: unknown[]): T {
  const method = accessor(node, name)?.value;
  if (typeof method !== 'function') throw new TypeError(`${name} is not a DOM method here`);
  return (method as (...a: unknown[]) => T).apply(node, args);
}

export const nodeType = (n: Node): number => safeGet<number>(n, 'nodeType');
export const parentNode = (n: Node): Node | null => safeGet<Node | null>(n, 'parentNode') ?? null;
export const firstChild = (n: Node): Node | null => safeGet<Node | null>(n, 'firstChild') ?? null;
export const nextSibling = (n: Node): Node | null => safeGet<Node | null>(n, 'nextSibling') ?? null;
export const parentElement = (n: Node): Element | null => safeGet<Element | null>(n, 'parentElement') ?? null;
export const firstElementChild = (n: Node): Element | null => safeGet<Element | null>(n, 'firstElementChild') ?? null;
export const nextElementSibling = (n: Node): Element | null => safeGet<Element | null>(n, 'nextElementSibling') ?? null;

/** The lower-case tag name, '' when the DOM gives none. */
export function tagOf(el: Element): string {
  const name = safeGet<unknown>(el, 'localName');
  return typeof name === 'string' ? name.toLowerCase() : '';
}

export const namespaceOf = (el: Element): string | null => safeGet<string | null>(el, 'namespaceURI') ?? null;
export const getAttr = (el: Element, name: string): string | null => safeCall<string | null>(el, 'getAttribute', name);
export const setAttr = (el: Element, name: string, value: string): void => safeCall(el, 'setAttribute', name, value);
export const removeAttr = (el: Element, name: string): void => safeCall(el, 'removeAttribute', name);
// ChildNode.remove where the node has it: linkedom's own removeChild calls node.remove() through the property.
export const removeNode = (n: Node): void => {
  if (typeof safeGet(n, 'remove') === 'function') safeCall(n, 'remove');
  else {
    const parent = parentNode(n);
    if (parent) safeCall(parent, 'removeChild', n);
  }
};
export const insertBefore = (parent: Node, child: Node, ref: Node | null): void =>
  void safeCall(parent, 'insertBefore', child, ref);

/** The element's attributes as name/value pairs, read through Element.prototype (never el.attributes). */
export function attributesOf(el: Element): { name: string; value: string }[] {
  const names = safeCall<string[]>(el, 'getAttributeNames');
  return [...names].map((name) => ({ name, value: getAttr(el, name) ?? '' }));
}

/** Every element below `root` matching `selector`, through the prototype's querySelectorAll. */
export function queryAll(root: Document | Element, selector: string): Element[] {
  return [...safeCall<Iterable<Element>>(root, 'querySelectorAll', selector)];
}

/** The text a node holds, through Node.prototype.textContent. */
export const textOf = (n: Node): string => safeGet<string | null>(n, 'textContent') ?? '';
