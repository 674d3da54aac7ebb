// The European tables (German, French, Spanish, Italian, Portuguese, Dutch) as one chunk, loaded by language.
import { findEuropeanDates } from './european-dates';
import { EUROPEAN_FUNCTION_WORDS } from './european-function-words';
import { europeanNoun, europeanUnit } from './european-units';
import { EUROPEAN_PATTERNS } from './european-patterns';
import { europeanMagnitude, findEuropeanWords } from './european-words';
import type { EuropeanTables } from './languages';

export const european: EuropeanTables = {
  words: findEuropeanWords,
  magnitude: europeanMagnitude,
  unit: europeanUnit,
  noun: europeanNoun,
  functionWords: EUROPEAN_FUNCTION_WORDS,
  dates: findEuropeanDates,
  patterns: EUROPEAN_PATTERNS,
};
