// A CSS selector for a block the reader pointed at, meant to find the same block after a reload: an id or classes
// that look written by a person (not generated hashes), then tag positions, as short as still names it alone.

// Generated names: CSS-in-JS hashes (css-1x2y3z, sc-AbCdE), long digit runs, random-looking mixes.
const GENERATED =
  /\d{3,}|^(css|sc|jsx|emotion|styled)-|^[a-z]{1,3}-?[A-Za-z0-9]{5,}$|[A-Z].*\d|\d.*[A-Z]|__[a-zA-Z0-9]{5,}$/;

const stable = (name: string) => /^[A-Za-z][\w-]*$/.test(name) && !GENERATED.test(name);

function part(el: Element): string {
  const tag = el.localName;
  const id = el.getAttribute('id');
  if (id && stable(id)) return `#${CSS.escape(id)}`;
  const classes = [...el.classList].filter(stable).slice(0, 3);
  if (classes.length) return tag + classes.map((c) => `.${CSS.escape(c)}`).join('');
  const parent = el.parentElement;
  if (!parent) return tag;
  const same = [...parent.children].filter((c) => c.localName === tag);
  return same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(el) + 1})` : tag;
}

/** The shortest selector of up to five steps that matches `el` alone (or as few elements as five steps allow). */
export function elementSelector(el: Element): string {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  for (let at: Element | null = el; at && at !== doc.documentElement && parts.length < 5; at = at.parentElement) {
    parts.unshift(part(at));
    const selector = parts.join(' > ');
    if (parts[0]!.startsWith('#') || doc.querySelectorAll(selector).length === 1) return selector;
  }
  return parts.join(' > ');
}
