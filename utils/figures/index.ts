export { extractFigures, type ExtractOptions } from './extract-figures';
export type { Figure } from './types';
export { panelRows, type PanelRow, type PanelOptions } from './panel-rows';
