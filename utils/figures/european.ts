// Registers the European tables (German, French, Spanish, Italian, Portuguese, Dutch) when this chunk loads.
import { europeanNoun, europeanUnit } from './european-units';
import { europeanMagnitude, findEuropeanWords } from './european-words';
import { tables } from './languages';

tables.european = { words: findEuropeanWords, magnitude: europeanMagnitude, unit: europeanUnit, noun: europeanNoun };
