// Sift's own plain-selector names (utils/clean/early-names.ts) as a stylesheet beside the lists' generic one, so
// clutter they name is hidden from the first paint rather than at idle. Same gate: only under html[data-sift-early].
import { earlySelectors } from '../../utils/clean/early-names';
import { EARLY_ATTR } from '../../utils/content/early-attr';
import { cssIdent } from './generic-css';

export function ownCss(): string {
  // Every selector carries :has(): a browser without it drops them (the bundler joins them into one list) and hides
  // nothing early (the idle pass still does), rather than hiding a block that holds a paragraph.
  const rules = earlySelectors(cssIdent).map((selector) => `${selector}{display:none!important}`);
  return `html[${EARLY_ATTR}]{\n${rules.join('\n')}\n}\n`;
}
