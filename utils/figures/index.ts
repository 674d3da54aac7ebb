export { extractFigures, type ExtractOptions } from './extract-figures';
export type { Figure } from './types';
