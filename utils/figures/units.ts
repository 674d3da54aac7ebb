import type { Figure } from './types';

type Kind = Figure['kind'];
// Unit name (singular English) → [kind, surfaces]. Surfaces are matched case-insensitively unless listed in CASED.
const TABLE: [string, Kind, string[]][] = [
  // The European languages Sift reads write percent in words too ("1,5 Prozent", "3 pour cent").
  [
    'percent',
    'percent',
    [
      '%',
      'percent',
      'per cent',
      'pc',
      'pct',
      'percentage',
      'per-cent',
      '％',
      'prozent',
      'pour cent',
      'por ciento',
      'per cento',
      'por cento',
      'procent',
    ],
  ],
  [
    'percentage point',
    'percent',
    [
      'percentage points',
      'percentage point',
      'pp',
      'ppt',
      'ppts',
      'points of percentage',
      'prozentpunkte',
      'prozentpunkten',
      'prozentpunkt',
      'points de pourcentage',
      'point de pourcentage',
      'puntos porcentuales',
      'punto porcentual',
      'punti percentuali',
      'punto percentuale',
      'pontos percentuais',
      'ponto percentual',
      'procentpunt',
      'procentpunten',
    ],
  ],
  ['basis point', 'percent', ['basis points', 'basis point', 'bps', 'bp']],
  ['millimetre', 'quantity', ['mm', 'millimetre', 'millimeter', 'millimetres', 'millimeters']],
  ['centimetre', 'quantity', ['cm', 'centimetre', 'centimeter', 'centimetres', 'centimeters']],
  ['metre', 'quantity', ['m', 'metre', 'meter', 'metres', 'meters']],
  ['kilometre', 'quantity', ['km', 'kms', 'kilometre', 'kilometer', 'kilometres', 'kilometers']],
  [
    'micrometre',
    'quantity',
    ['μm', 'µm', 'micrometre', 'micrometer', 'micron', 'microns', 'micrometres', 'micrometers'],
  ],
  ['nanometre', 'quantity', ['nm', 'nanometre', 'nanometer', 'nanometres', 'nanometers']],
  ['inch', 'quantity', ['inch', 'inches', 'in.', '″']],
  ['foot', 'quantity', ['ft', 'foot', 'feet', '′']],
  ['yard', 'quantity', ['yd', 'yds', 'yard', 'yards']],
  ['mile', 'quantity', ['mile', 'miles', 'mi']],
  ['nautical mile', 'quantity', ['nautical miles', 'nautical mile', 'nmi']],
  [
    'square metre',
    'quantity',
    ['sq m', 'sqm', 'square metres', 'square meters', 'square metre', 'square meter', 'm2', 'm²'],
  ],
  ['square foot', 'quantity', ['sq ft', 'sqft', 'square feet', 'square foot']],
  [
    'square kilometre',
    'quantity',
    ['sq km', 'km2', 'km²', 'square kilometres', 'square kilometers', 'square kilometre'],
  ],
  ['square mile', 'quantity', ['sq mi', 'square miles', 'square mile']],
  ['hectare', 'quantity', ['ha', 'hectare', 'hectares']],
  ['acre', 'quantity', ['acre', 'acres']],
  ['litre', 'quantity', ['l', 'litre', 'liter', 'litres', 'liters', 'ltr']],
  ['millilitre', 'quantity', ['ml', 'millilitre', 'milliliter', 'millilitres', 'milliliters']],
  ['gallon', 'quantity', ['gallon', 'gallons', 'gal']],
  ['pint', 'quantity', ['pint', 'pints']],
  ['quart', 'quantity', ['quart', 'quarts']],
  ['barrel', 'quantity', ['barrel', 'barrels', 'bbl']],
  ['barrel per day', 'quantity', ['barrels per day', 'barrels a day', 'bpd', 'b/d']],
  ['cubic foot', 'quantity', ['cubic feet', 'cubic foot', 'cu ft']],
  ['cubic metre', 'quantity', ['cubic metres', 'cubic meters', 'cubic metre', 'm3', 'm³']],
  ['milligram', 'quantity', ['mg', 'milligram', 'milligrams']],
  ['gram', 'quantity', ['g', 'gram', 'grams', 'gramme', 'grammes']],
  ['kilogram', 'quantity', ['kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos']],
  ['metric ton', 'quantity', ['tonne', 'tonnes', 'metric tons', 'metric tonnes', 'metric ton', 'mt']],
  ['ton', 'quantity', ['ton', 'tons']],
  ['gigaton', 'quantity', ['gigatonnes', 'gigatons', 'gigatonne', 'gigaton', 'gt']],
  ['pound', 'quantity', ['lb', 'lbs', 'pound', 'pounds']],
  ['ounce', 'quantity', ['oz', 'ounce', 'ounces']],
  ['dram', 'quantity', ['dram', 'drams']],
  ['mile per hour', 'quantity', ['mph', 'm.p.h.', 'miles per hour', 'miles an hour', 'mile per hour']],
  [
    'kilometre per hour',
    'quantity',
    [
      'km/h',
      'kph',
      'kmh',
      'kilometres per hour',
      'kilometers per hour',
      'km per hour',
      'kilometres an hour',
      'kilometers an hour',
    ],
  ],
  ['metre per second', 'quantity', ['m/s', 'metres per second', 'meters per second']],
  ['knot', 'quantity', ['knots', 'knot', 'kt', 'kts']],
  ['mile per gallon', 'quantity', ['mpg', 'miles per gallon']],
  ['revolution per minute', 'quantity', ['rpm', 'revolutions per minute']],
  ['watt', 'quantity', ['w', 'watt', 'watts']],
  ['kilowatt', 'quantity', ['kw', 'kilowatt', 'kilowatts']],
  ['megawatt', 'quantity', ['mw', 'megawatt', 'megawatts']],
  ['gigawatt', 'quantity', ['gw', 'gigawatt', 'gigawatts']],
  ['kilowatt hour', 'quantity', ['kwh', 'kilowatt hours', 'kilowatt-hours', 'kilowatt hour']],
  ['megawatt hour', 'quantity', ['mwh', 'megawatt hours', 'megawatt-hours']],
  ['gigawatt hour', 'quantity', ['gwh', 'gigawatt hours', 'gigawatt-hours']],
  ['terawatt hour', 'quantity', ['twh', 'terawatt hours', 'terawatt-hours']],
  ['horsepower', 'quantity', ['hp', 'horsepower', 'bhp', 'PS']],
  ['newton metre', 'quantity', ['nm', 'newton metres', 'newton meters', 'newton-metres']],
  ['pound-foot', 'quantity', ['lb-ft', 'lb ft', 'pound-feet', 'pound-foot', 'lb.-ft.']],
  ['volt', 'quantity', ['v', 'volt', 'volts']],
  ['farad', 'quantity', ['farad', 'farads']],
  ['ampere', 'quantity', ['amps', 'amp', 'ampere', 'amperes']],
  ['milliampere', 'quantity', ['mA', 'milliamps', 'milliamperes', 'milliampere']],
  ['milliampere hour', 'quantity', ['mah', 'milliampere hours', 'milliampere-hours', 'milliamp hours']],
  ['kilovolt', 'quantity', ['kv', 'kilovolts', 'kilovolt']],
  ['kilovolt per centimetre', 'quantity', ['kv/cm']],
  ['volt per metre', 'quantity', ['v/m']],
  ['hertz', 'quantity', ['hz', 'hertz']],
  ['kilohertz', 'quantity', ['khz', 'kilohertz']],
  ['megahertz', 'quantity', ['mhz', 'megahertz']],
  ['gigahertz', 'quantity', ['ghz', 'gigahertz']],
  ['kilobyte', 'quantity', ['kb', 'kilobytes', 'kilobyte']],
  ['megabyte', 'quantity', ['mb', 'megabytes', 'megabyte']],
  ['gigabyte', 'quantity', ['gb', 'gigabytes', 'gigabyte']],
  ['terabyte', 'quantity', ['tb', 'terabytes', 'terabyte']],
  ['megabit per second', 'quantity', ['mbps', 'mbit/s', 'mb/s', 'megabits per second']],
  ['gigabit per second', 'quantity', ['gbps', 'gbit/s', 'gigabits per second']],
  // "12 C" and "54 F" in weather reports: the bare capital letter after a number is a temperature.
  [
    'celsius',
    'quantity',
    ['C', '°c', 'degrees celsius', 'degrees centigrade', 'degree celsius', 'deg c', 'degc', 'celsius', 'c°', 'ºc'],
  ],
  [
    'fahrenheit',
    'quantity',
    ['F', '°f', 'degrees fahrenheit', 'degree fahrenheit', 'deg f', 'degf', 'fahrenheit', 'ºf'],
  ],
  ['degree', 'quantity', ['degrees', 'degree', '°', 'deg']],
  ['kilopound per square inch', 'quantity', ['ksi']],
  ['pound per square inch', 'quantity', ['psi']],
  ['megapascal', 'quantity', ['mpa', 'megapascals']],
  ['gigapascal', 'quantity', ['gpa', 'gigapascals']],
  ['part per million', 'quantity', ['ppm', 'parts per million']],
  ['part per billion', 'quantity', ['ppb', 'parts per billion']],
  ['decibel', 'quantity', ['db', 'decibels', 'decibel']],
  ['calorie', 'quantity', ['calories', 'calorie', 'kcal', 'cal']],
  ['roentgen', 'quantity', ['R']],
  // Sub-units keep the amount as written ("19 cents" = 19 cent, as NewsQuant and CQE annotate it).
  ['penny', 'money', ['p', 'pence', 'penny']],
  ['cent', 'money', ['cents', 'cent', '¢']],
  ['sen', 'money', ['sen']],
  ['paisa', 'money', ['paise', 'paisa']],
  ['kopek', 'money', ['kopeks', 'kopek', 'kopecks', 'kopeck', 'kopecks']],
  ['centavo', 'money', ['centavos', 'centavo']],
  ['generation', 'count', ['G']],
  ['second', 'duration', ['seconds', 'second', 'secs', 'sec']],
  ['minute', 'duration', ['minutes', 'minute', 'mins', 'min']],
  ['hour', 'duration', ['hours', 'hour', 'hrs', 'hr', 'h']],
  ['day', 'duration', ['days', 'day']],
  ['week', 'duration', ['weeks', 'week', 'wks']],
  ['month', 'duration', ['months', 'month']],
  ['year', 'duration', ['years', 'year', 'yrs']],
  ['decade', 'duration', ['decades', 'decade']],
  ['century', 'duration', ['centuries', 'century']],
];

const CASED = new Set(['PS', 'F', 'R', 'G', 'C', 'mA']);
const BY_SURFACE = new Map<string, { name: string; kind: Kind }>();
for (const [name, kind, surfaces] of TABLE) {
  for (const s of surfaces) BY_SURFACE.set(CASED.has(s) ? s : s.toLowerCase(), { name, kind });
}
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/"]/g, '\\$&');
const SURFACES = [...BY_SURFACE.keys()].sort((a, b) => b.length - a.length);
// One alternation, longest first; a unit ends where letters end ("5 mins", not "5 minsk").
const UNIT_RE = new RegExp('^(?:[ \\u00a0]?-?[ \\u00a0]?)(' + SURFACES.map(esc).join('|') + ')(?![a-zA-Z0-9])', 'i');

/** Physical, time or percent unit right after `pos`: its singular name, kind and length. */
export function unitAfter(
  text: string,
  pos: number,
): { name: string; kind: Kind; length: number; surface: string } | null {
  const m = UNIT_RE.exec(text.slice(pos, pos + 32));
  if (!m) return null;
  const s = m[1]!;
  const hit = BY_SURFACE.get(s) ?? (CASED.has(s) ? undefined : BY_SURFACE.get(s.toLowerCase()));
  if (!hit) return null;
  return { name: hit.name, kind: hit.kind, length: m[0].length, surface: s };
}

/** Kind of a unit by its name, for the tables of other languages: "CNY" money, "day" duration, "metre" quantity. */
export function kindOfUnit(name: string): Kind {
  if (/^[A-Z]{3}$/.test(name)) return 'money';
  if (/^percent/.test(name)) return 'percent';
  if (/^(?:second|minute|hour|day|week|month|year)$/.test(name)) return 'duration';
  if (name === 'times') return 'ratio';
  return BY_SURFACE.get(name)?.kind ?? (name === 'year of age' || name === 'mu' ? 'quantity' : 'count');
}

/** Singular unit name for a surface form ("kilometers" → "kilometre"), or null. */
export function unitName(surface: string): string | null {
  return BY_SURFACE.get(surface)?.name ?? BY_SURFACE.get(surface.toLowerCase())?.name ?? null;
}
