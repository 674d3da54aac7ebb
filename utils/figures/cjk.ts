// The Chinese and Japanese reader as one chunk, loaded for Han or kana text.
export { findCjkFigures as cjk } from './find-cjk-figures';
