// Compiles the element-hiding rules of Adblock-syntax filter lists (EasyList, uBlock filters) into Sift's data.
// Network rules, scriptlets, HTML filters and procedural selectors are left out: Sift only marks elements, and a
// rule it cannot honour exactly (with its exceptions) is a rule it does not take.
import type { FilterListGeneric, FilterListSites } from '../../utils/clean/filter-list';

// uBO/ABP procedural operators and pseudo-classes a plain querySelector cannot run (or runs too slowly).
const UNSUPPORTED =
  /:(has-text|upward|xpath|remove|remove-attr|remove-class|style|matches-css|matches-css-before|matches-css-after|matches-attr|matches-media|matches-path|matches-prop|min-text-length|watch-attr|others|if|if-not|nth-ancestor|spath|contains|-abp-[a-z-]+|has|is|where)\(|^[\^+:]|\{|\}/;
// A simple generic selector that one class or id names: "##.ad-banner", "###ad_300".
const SIMPLE = /^([.#])([A-Za-z_-][\w-]*)$/;
// The class or id of a compound selector's last part, to look up only elements that carry it.
const KEY = /([.#])([A-Za-z_-][\w-]*)(?=[^\s>+~]*$)/;

interface Parsed {
  domains: string[];
  negated: string[];
  exception: boolean;
  selector: string;
}

function parseLine(line: string): Parsed | null {
  if (!line || line.startsWith('!') || line.startsWith('[')) return null;
  const m = /^([^#]*)#(@?)#(.+)$/.exec(line);
  if (!m) return null; // network rules, #?#, #$#, #%#, #@?#...
  const [, domainPart, at, selector] = m;
  if (UNSUPPORTED.test(selector!)) return null;
  const domains: string[] = [];
  const negated: string[] = [];
  for (const raw of domainPart!
    .split(',')
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean)) {
    // Entity ("google.*") and regex domains need matching Sift does not do: the rule is left out whole.
    if (raw.endsWith('.*') || raw.includes('/')) return null;
    if (raw.startsWith('~')) negated.push(raw.slice(1));
    else domains.push(raw);
  }
  return { domains, negated, exception: at === '@', selector: selector!.trim() };
}

/** Compiles list texts into generic (indexed by class and id) and per-site rules, exceptions applied. */
export function compileFilterLists(texts: string[]): FilterListGeneric & FilterListSites {
  const generic = new Set<string>();
  const sites = new Map<string, Set<string>>();
  const exceptions = new Map<string, Set<string>>();
  const genericExceptions = new Set<string>();
  const addTo = (map: Map<string, Set<string>>, host: string, selector: string) => {
    let set = map.get(host);
    if (!set) map.set(host, (set = new Set()));
    set.add(selector);
  };
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      const rule = parseLine(line.trim());
      if (!rule) continue;
      const { domains, negated, exception, selector } = rule;
      if (exception) {
        if (!domains.length && !negated.length) genericExceptions.add(selector);
        for (const host of domains) addTo(exceptions, host, selector);
        continue;
      }
      if (domains.length) for (const host of domains) addTo(sites, host, selector);
      else generic.add(selector);
      // "~example.com": everywhere the rule applies except that host.
      for (const host of negated) addTo(exceptions, host, selector);
    }
  }
  const ids: string[] = [];
  const classes: string[] = [];
  const keyed: [string, string][] = [];
  for (const selector of generic) {
    if (genericExceptions.has(selector)) continue;
    const simple = SIMPLE.exec(selector);
    if (simple) (simple[1] === '#' ? ids : classes).push(simple[2]!);
    else {
      const key = KEY.exec(selector.replace(/\[[^\]]*\]/g, ''));
      // Selectors keyed by neither (bare attribute or tag rules) would have to be tried on every element: left out.
      if (key) keyed.push([key[0], selector]);
    }
  }
  const sorted = (map: Map<string, Set<string>>) =>
    Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([host, set]) => [host, [...set]]));
  return { ids: ids.sort(), classes: classes.sort(), keyed, sites: sorted(sites), exceptions: sorted(exceptions) };
}
