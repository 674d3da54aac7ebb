// The figures entry for callers that read any language synchronously (command line, benches, tests): every
// language's tables are loaded with it. The extension's pages import extract-figures and `loadFiguresFor` instead.
import './all-languages';

export { extractFigures, type ExtractOptions } from './extract-figures';
export { loadFiguresFor } from './languages';
export type { Figure } from './types';
export { panelRows, type PanelRow, type PanelOptions } from './panel-rows';
