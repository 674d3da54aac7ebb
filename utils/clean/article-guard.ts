import type { ArticleLocation } from './locate-article';

/**
 * Decides whether an element may be hidden without touching the article: never the article's container or an
 * ancestor of it, never a block that holds more than one of its paragraphs or a fifth of its text.
 * This is what lets the rules be bold.
 */
export function makeArticleGuard(article: ArticleLocation | null): (el: Element) => boolean {
  if (!article) return () => true;
  const { root, paragraphs, chars } = article;
  const paragraphSet = new Set(paragraphs);
  return (el) => {
    if (el.contains(root)) return false;
    if (!root.contains(el)) return !paragraphs.some((p) => el.contains(p));
    if (paragraphSet.has(el)) return false;
    let held = 0;
    let heldChars = 0;
    for (const p of paragraphs) {
      if (!el.contains(p)) continue;
      held += 1;
      heldChars += p.textContent?.length ?? 0;
      if (held > 1 || heldChars > chars * 0.2) return false;
    }
    return true;
  };
}
