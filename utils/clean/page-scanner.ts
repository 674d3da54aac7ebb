import { scanClutter, type ClutterScan } from './find-clutter';
import { locateArticle, type ArticleLocation } from './locate-article';
import { defaultRules, type ClutterRule } from './rules';

/**
 * Clutter scans for one live page. The article is located on each whole-page scan and reused for the subtrees the
 * page adds later (located again if the page replaced it), so a scan of a small added block stays small.
 */
export function pageScanner(rules: ClutterRule[] = defaultRules): (doc: Document, within?: Element) => ClutterScan {
  let article: ArticleLocation | null | undefined;
  return (doc, within) => {
    if (!within || article === undefined || (article !== null && !article.root.isConnected))
      article = locateArticle(doc);
    return scanClutter(doc, rules, { article, within });
  };
}
