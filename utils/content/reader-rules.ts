// The reader's own rules of a site as the clean script uses them (utils/storage/site-rules.ts keeps them).
import type { ClutterRule } from '../clean/rules';

/** Picked blocks as a rule: selectors tried one by one, through the article guard like every rule. */
export function pickedRule(selectors: string[]): ClutterRule {
  return { name: 'picked', kind: 'picked', selectors };
}

export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  for (const selector of selectors) {
    try {
      if (el.matches(selector)) return true;
    } catch {
      // a selector this browser cannot parse matches nothing
    }
  }
  return false;
}
