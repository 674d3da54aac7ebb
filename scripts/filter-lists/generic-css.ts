// The filter lists' generic element-hiding rules as one stylesheet, registered at document_start by
// entrypoints/early.content so list clutter never paints (issue 11). Each rule applies only under
// html[data-sift-early], which the early script sets on pages that may be articles and the clean script lifts where
// Sift is off, the page is not an article, or the reader asked to see everything.
import type { FilterListGeneric } from '../../utils/clean/filter-list';
import { EARLY_ATTR } from '../../utils/content/early-attr';

// CSS.escape is not in Node: an identifier escaped per CSSOM's serialize-an-identifier (class and id names).
export function cssIdent(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    const leadingDigit = /\d/.test(ch) && (i === 0 || (i === 1 && name[0] === '-'));
    if (ch === '\0') out += '\ufffd';
    else if (/[\x01-\x1f\x7f]/.test(ch) || leadingDigit) out += `\\${ch.charCodeAt(0).toString(16)} `;
    else if (i === 0 && ch === '-' && name.length === 1) out += '\\-';
    else if (/[\w-]|[^\x00-\x7f]/.test(ch)) out += ch;
    else out += `\\${ch}`;
  }
  return out;
}

// Grouped: a selector list that one bad selector would void holds only names this file escaped itself.
const GROUP = 400;

/**
 * The stylesheet: escaped class and id names grouped, the keyed selectors one rule each (a browser that cannot parse
 * one drops that one alone). Selectors that start at the root element are left out: the prefix sits above them.
 */
export function genericCss(generic: FilterListGeneric): string {
  const hide = '{display:none!important}';
  const names = [...generic.classes.map((c) => `.${cssIdent(c)}`), ...generic.ids.map((id) => `#${cssIdent(id)}`)];
  const rules: string[] = [];
  for (let i = 0; i < names.length; i += GROUP) rules.push(names.slice(i, i + GROUP).join(',') + hide);
  for (const [, selector] of generic.keyed) {
    if (/^\s*(html|:root)\b/i.test(selector) || /[{}]|::/.test(selector)) continue;
    rules.push(`&${/^\s*[>+~]/.test(selector) ? '' : ' '}${selector}${hide}`);
  }
  // Nested under the gate once, rather than repeating it on thirteen thousand selectors.
  return `html[${EARLY_ATTR}]{\n${rules.join('\n')}\n}\n`;
}
