import { NO_PARAGRAPHS } from './early-names';
import type { SiteFilters } from './filter-list';
import { EARLY_ATTR } from '../content/early-attr';

// What a selector from a list may not hold once it sits in a stylesheet: a brace or semicolon would end the rule and
// start another, a comment would swallow the next; a pseudo-element has no box to hide.
const UNSAFE = /[{};@]|\/\*|::/;

/**
 * The filter lists' rules for one site as a stylesheet for document_start: the same selectors the idle pass checks,
 * under the early gate, and only where the block holds no paragraph (a list rule never takes prose; the guard has
 * not looked yet). Selectors the site excepts, ones that start at the root and unsafe ones are left out; one rule
 * each, so a selector a browser cannot parse drops alone. Empty when nothing is left.
 */
export function siteSheetCss(site: SiteFilters): string {
  const except = new Set(site.exceptions);
  const rules = site.selectors
    .filter((s) => !except.has(s) && !UNSAFE.test(s) && !/^\s*(html|:root)\b/i.test(s) && s.trim())
    .map((s) => `html[${EARLY_ATTR}] :is(${s})${NO_PARAGRAPHS}{display:none!important}`);
  return rules.join('\n');
}
