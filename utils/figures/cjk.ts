// The Chinese and Japanese reader as one chunk, loaded for Han or kana text: the figures and their labels.
import { cjkLabel } from './cjk-label';
import { findCjkFigures } from './find-cjk-figures';
import type { CjkTables } from './languages';

export const cjk: CjkTables = { figures: findCjkFigures, label: cjkLabel };
