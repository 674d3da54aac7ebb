// URL attributes are judged on what a browser (or a later parse of serialised HTML) could make of them: entities
// decoded, control characters and whitespace removed, then the scheme checked against an allowlist. A URL
// without a scheme is refused: extraction has already made the page's URLs absolute.

/** Which schemes each kind of URL attribute may use. */
export const URL_SCHEMES = {
  link: ['http', 'https', 'mailto'],
  // Images are stored by their http(s) URL; the blob: URL of a stored copy is put in only after sanitising.
  image: ['http', 'https'],
  cite: ['http', 'https'],
} as const;
export type UrlKind = keyof typeof URL_SCHEMES;

// Named references that spell ASCII punctuation or whitespace: enough to hide a scheme's colon or break a name.
const NAMED: Record<string, string> = {
  tab: '\t',
  newline: '\n',
  colon: ':',
  sol: '/',
  bsol: '\\',
  semi: ';',
  comma: ',',
  period: '.',
  excl: '!',
  quot: '"',
  apos: "'",
  amp: '&',
  lt: '<',
  gt: '>',
  lpar: '(',
  rpar: ')',
  num: '#',
  percnt: '%',
  nbsp: '\u00a0',
  equals: '=',
  quest: '?',
  plus: '+',
  commat: '@',
  lowbar: '_',
  grave: '`',
  hyphen: '-',
  dash: '-',
};
// C0 and C1 controls, spaces of every kind, zero-width and bidi marks, BOM.
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

function decodeOnce(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (whole, hex?: string, dec?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** The value as a scheme check must see it: entities decoded (again, for double encoding), invisibles removed. */
export function decodeUrl(value: string): string {
  let v = value;
  for (let round = 0; round < 4; round++) {
    const decoded = decodeOnce(v);
    if (decoded === v) break;
    v = decoded;
  }
  return v.replace(INVISIBLE, '');
}

const schemeOf = (v: string) => /^([a-z][a-z0-9+.-]*):/i.exec(v)?.[1]?.toLowerCase() ?? null;

/**
 * True when a URL attribute value may stay: its scheme, both as written and decoded, is allowed for `kind`, or
 * (links only) it is an in-page fragment. `javascript:`, `vbscript:`, `data:`, relative and protocol-relative
 * URLs are refused.
 */
export function isAllowedUrl(value: string, kind: UrlKind): boolean {
  const decoded = decodeUrl(value);
  const raw = value.replace(INVISIBLE, '');
  if (kind === 'link' && decoded.startsWith('#') && raw.startsWith('#')) return true;
  const allowed: readonly string[] = URL_SCHEMES[kind];
  const scheme = schemeOf(decoded);
  return scheme !== null && allowed.includes(scheme) && schemeOf(raw) === scheme;
}

/** True when every candidate URL of a srcset is allowed (a comma inside a URL splits it: refused, not guessed). */
export function isAllowedSrcset(value: string): boolean {
  const candidates = value.split(',').map((c) => c.trim());
  return candidates.every((c) => c !== '' && isAllowedUrl(c.split(/\s+/)[0]!, 'image'));
}
