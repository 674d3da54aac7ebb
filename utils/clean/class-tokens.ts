/** A name an element carries (class token, id, component name), or a part of a compound one. */
export interface ClassToken {
  value: string;
  /** A BEM modifier ("Section--Ads"): it says how a block varies, not what it is. */
  modifier: boolean;
}

// Component names in data attributes say what a block is as plainly as classes do (React/Vue sites).
const NAME_ATTRS = ['id', 'data-testid', 'data-component', 'data-module', 'data-type'];

/** Class tokens, ids and component names, with the parts of BEM and CSS-module names ("meta__social"). */
export function classTokens(el: Element): ClassToken[] {
  const names = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  for (const attr of NAME_ATTRS) {
    const value = el.getAttribute(attr);
    if (value) names.push(value);
  }
  const tokens: ClassToken[] = names.map((value) => ({ value, modifier: false }));
  for (const name of names) {
    if (!/__|--|^css-/.test(name)) continue;
    // "css-sharetools" -> "sharetools"; "TestReport__Section--Ads" -> "TestReport", "Section", "Ads" (a modifier).
    const pieces = name.replace(/^css-/, '').split(/(__|--)/);
    for (let i = 0; i < pieces.length; i += 2) {
      if (pieces[i]) tokens.push({ value: pieces[i]!, modifier: pieces[i - 1] === '--' });
    }
  }
  return tokens;
}

// Words that name the text itself: "cmp-text" (a CMS's body-text block), "cookie-content", "ad_text".
const CONTENT_WORDS = new Set(['text', 'body', 'content', 'article', 'copy', 'prose', 'paragraph', 'richtext', 'rte']);

/**
 * True when a name's last word (split at -, _ and camelCase) names body text: "cmp-text", "newsletter-body" are
 * text blocks; "taboola-below-article-thumbnails", "ArticlePage-sharing" are not.
 */
export function namesText(value: string): boolean {
  const words = value.split(/[-_\s]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean);
  return words.length > 1 && CONTENT_WORDS.has(words.at(-1)!.toLowerCase());
}

/**
 * The pattern with its wildcards taken out: the names a rule lists whole ("sponsored-content") rather than the
 * families it guesses at ("cmp-.*"). A name that names body text must match this to count.
 */
export function strictPattern(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/\.\*/g, '(?!)'), pattern.flags);
}
