import { makeArticleGuard } from './article-guard';
import { classTokens, namesText, strictPattern, type ClassToken } from './class-tokens';
import { holdsProse, matchList } from './filter-list';
import { locateArticle, type ArticleLocation } from './locate-article';
import { defaultRules, type ClutterKind, type ClutterRule } from './rules';
import { firstElementChild, nextElementSibling, parentElement, tagOf } from './safe-dom';
import { widenToBox } from './widen-to-box';

/** The attribute the content script marks clutter with; its value is the rule's name. */
export const HIDDEN_ATTR = 'data-sift-hidden';

export interface ClutterMatch {
  element: Element;
  /** The rule's name, written into data-sift-hidden. */
  rule: string;
  kind: ClutterKind;
  /** Why, for a reader of the CLI output or a bug report. */
  reason: string;
}

export interface FindClutterOptions {
  /** Where the article is, if the caller already knows; located cheaply otherwise. null: no protection. */
  article?: ArticleLocation | null;
  /** Only look inside this subtree (clutter injected later); the article guard still applies. */
  within?: Element;
}

// How large the box around a matched label may grow, by kind: promos and nags are small, rails are not.
const BOX_WORDS: Record<ClutterKind, number> = {
  ad: 60,
  sponsored: 1500,
  'app-promo': 80,
  newsletter: 120,
  consent: 250,
  overlay: 250,
  related: 3000,
  comments: 5000,
  share: 40,
  'sticky-video': 200,
  // A picked block is named by its selector, never found by a label.
  picked: 0,
};
const LABEL_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
  'a',
  'strong',
  'b',
  'label',
  'legend',
  'figcaption',
]);
const MAX_LABEL_CHARS = 160;
// Generic containers count as labels only when (nearly) leaves: their text is then short to read.
const GENERIC_LABEL = new Set(['div', 'span', 'p', 'li']);

/**
 * Finds the page's clutter: each element with the rule that matched and why, outermost matches only.
 * Nothing is changed; the caller marks (live page) or removes (a clone).
 */
export function findClutter(
  doc: Document,
  rules: ClutterRule[] = defaultRules,
  options: FindClutterOptions = {},
): ClutterMatch[] {
  const scan = scanClutter(doc, rules, options);
  scan.step(Infinity);
  return scan.matches();
}

export interface ClutterScan {
  /** Scans on until performance.now() passes `deadline` or the scope ends; true once the whole scope is seen. */
  step(deadline: number): boolean;
  /** Outermost matches found so far. */
  matches(): ClutterMatch[];
}

// The clock is read once per this many elements: often enough to keep a slice near its deadline, rarely enough
// to cost nothing.
const CHECK_EVERY = 512;

/**
 * findClutter in resumable steps, so a page of a million elements is cleaned in slices that never block the tab
 * for long. Elements the page adds between steps are reached by the walk when they sit ahead of it; the content
 * script's observer covers the rest.
 */
export function scanClutter(
  doc: Document,
  rules: ClutterRule[] = defaultRules,
  options: FindClutterOptions = {},
): ClutterScan {
  const scope = options.within ?? doc.body;
  const found = new Map<Element, ClutterMatch>();
  if (!scope) return { step: () => true, matches: () => [] };
  const article = options.article === undefined ? locateArticle(doc) : options.article;
  const canHide = makeArticleGuard(article);
  const add = (matched: Element, rule: ClutterRule, reason: string) => {
    const element = outerShell(matched);
    if (found.has(element) || element === doc.body || element === doc.documentElement) return;
    if (!canHide(element)) return;
    // A list's rules were written for other pages' markup: they never take a block that holds a paragraph of prose
    // (an article split into columns is located by one column; the others must not go).
    if ((rule.list || rule.selectors) && holdsProse(element)) return;
    found.set(element, { element, rule: rule.name, kind: rule.kind, reason });
  };

  const tokenRules = rules.filter((r) => r.token);
  const attrRules = rules.filter((r) => r.attr);
  const textRules = rules.filter((r) => r.text);
  const listRules = rules.filter((r) => r.list);
  // One combined pattern per pass rejects the common case (no rule matches) in a single regex test.
  const anyToken = union(tokenRules.map((r) => r.token!));
  const anyText = union(textRules.map((r) => r.text!));
  const strict = new Map(tokenRules.map((r) => [r, strictPattern(r.token!)]));
  // A name counts whole-word and in context: one that names body text ("cmp-text") only when a rule lists it
  // whole, a BEM modifier ("TestReport__Section--Ads") not on a block of the article's writing.
  const tokenRule = (el: Element, tokens: ClassToken[]) => {
    for (const rule of tokenRules) {
      for (const t of tokens) {
        if (!rule.token!.test(t.value)) continue;
        // Native-ad vendors' names are brands ("RevContent", "taboola-content"): no word in them names the text.
        if (rule.kind !== 'sponsored' && namesText(t.value) && !strict.get(rule)!.test(t.value)) continue;
        // A modifier inside the article: a variant of a part of it when it holds writing ("Section--Ads" of a
        // review), still clutter when it does not (a "rail--trending" of headlines).
        if (t.modifier && article?.root.contains(el) && holdsProse(el)) continue;
        return { rule, token: t.value };
      }
    }
    return null;
  };

  // One look at an element: attribute patterns, class/id tokens, then short labels.
  const visit = (el: Element) => {
    const hasAttributes = el.hasAttributes();
    const attrMatch = attrRules.length && hasAttributes ? matchAttr(el, attrRules) : null;
    if (attrMatch) return add(el, attrMatch.rule, attrMatch.reason);
    if (tokenRules.length && hasAttributes) {
      const tokens = classTokens(el).filter((t) => anyToken.test(t.value));
      const hit = tokens.length === 0 ? null : tokenRule(el, tokens);
      if (hit) return add(el, hit.rule, `class or id "${hit.token}"`);
    }
    // Sift's own label rules before the lists': a list that names an ad's label must not stop the label's box
    // from being found.
    if (textRules.length && matchLabel(el)) return;
    if (listRules.length && hasAttributes) {
      for (const rule of listRules) {
        const listed = matchList(el, rule.list!);
        if (listed) return add(el, rule, `filter list: ${listed}`);
      }
    }
  };

  const matchLabel = (el: Element): boolean => {
    const tag = el.localName;
    const generic = GENERIC_LABEL.has(tag);
    if (!generic && !LABEL_TAGS.has(tag) && el.getAttribute('role') !== 'heading') return false;
    if (el.childElementCount > (generic ? 1 : 4)) return false;
    const text = labelText(el);
    if (!text || !anyText.test(text)) return false;
    const rule = textRules.find((r) => r.text!.test(text));
    if (!rule) return false;
    add(widenToBox(el, BOX_WORDS[rule.kind]), rule, `says "${text.slice(0, 60)}"`);
    return true;
  };

  let selectorsDone = false;
  // The walk's cursor: the scope first, then its descendants in document order by child/sibling links.
  let cursor: Element | null = scope;
  // Through the prototypes (safe-dom): a form's control named firstElementChild would otherwise loop the walk.
  const next = (el: Element): Element | null => {
    const child = firstElementChild(el);
    if (child) return child;
    for (let at: Element | null = el; at && at !== scope; at = parentElement(at)) {
      const sibling = nextElementSibling(at);
      if (sibling) return sibling;
    }
    return null;
  };

  return {
    step(deadline) {
      if (!selectorsDone) {
        // Selector rules are native queries: fast even on huge pages, so they run whole in the first step.
        for (const rule of rules) {
          if (rule.selector)
            for (const el of scopedAll(scope, rule.selector)) add(el, rule, `matches ${rule.kind} markup`);
          for (const selector of rule.selectors ?? []) {
            for (const el of tryAll(scope, selector)) add(el, rule, `filter list: ${selector}`);
          }
        }
        selectorsDone = true;
      }
      for (let seen = 0; cursor; seen++) {
        if (seen % CHECK_EVERY === CHECK_EVERY - 1 && performance.now() > deadline) return false;
        visit(cursor);
        cursor = next(cursor);
      }
      return true;
    },
    matches: () => outermost(found),
  };
}

const LANDMARKS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'SECTION']);

// A wrapper that holds nothing but the match ("code-block" around an AdSense <ins>) leaves a gap when only
// the inside is hidden: take the outermost wrapper that adds no text or picture of its own.
function outerShell(el: Element): Element {
  let shell = el;
  const landmark = (p: Element) => LANDMARKS.has(tagOf(p).toUpperCase());
  for (let parent = parentElement(el); parent && !landmark(parent); parent = parentElement(parent)) {
    if (parent.childElementCount !== 1 || (parent.textContent ?? '').trim() !== (shell.textContent ?? '').trim()) break;
    shell = parent;
  }
  return shell;
}

function union(patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|') || '(?!)', 'i');
}

function matchAttr(el: Element, rules: ClutterRule[]): { rule: ClutterRule; reason: string } | null {
  const tag = el.localName;
  for (const rule of rules) {
    for (const m of rule.attr!) {
      if (m.tags && !m.tags.includes(tag)) continue;
      const value = el.getAttribute(m.name);
      if (value === null) continue;
      if (!m.pattern || m.pattern.test(value)) return { rule, reason: `${tag}[${m.name}] is ${rule.kind} markup` };
    }
  }
  return null;
}

// A list rule in syntax this browser (or linkedom) cannot parse matches nothing rather than stopping the scan.
function tryAll(scope: Element, selector: string): Element[] {
  try {
    return scopedAll(scope, selector);
  } catch {
    return [];
  }
}

function scopedAll(scope: Element, selector: string): Element[] {
  const all = [...scope.querySelectorAll(selector)];
  return scope.matches(selector) ? [scope, ...all] : all;
}

/** The short text a label shows, or null when the element is too long to be a label. */
function labelText(el: Element): string | null {
  const raw = el.textContent ?? '';
  if (raw.length > MAX_LABEL_CHARS * 3) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_LABEL_CHARS) return null;
  return text;
}

function outermost(found: Map<Element, ClutterMatch>): ClutterMatch[] {
  const result: ClutterMatch[] = [];
  for (const match of found.values()) {
    let covered = false;
    for (let up = match.element.parentElement; up; up = up.parentElement) {
      if (found.has(up)) {
        covered = true;
        break;
      }
    }
    if (!covered) result.push(match);
  }
  return result;
}
