// Registers the Chinese and Japanese reader when this chunk loads.
import { findCjkFigures } from './find-cjk-figures';
import { tables } from './languages';

tables.cjk = findCjkFigures;
