export {
  findClutter,
  scanClutter,
  HIDDEN_ATTR,
  type ClutterMatch,
  type ClutterScan,
  type FindClutterOptions,
} from './find-clutter';
export { locateArticle, type ArticleLocation } from './locate-article';
export { defaultRules, type ClutterKind, type ClutterRule } from './rules';
export { findScrollLock, type ScrollLock } from './find-scroll-lock';
export { pageScanner } from './page-scanner';
