import type { Figure } from './types';

type Kind = Figure['kind'];
// Units by kind as "name,surface,…;…": the first surface is the unit's name (or "name:surface,…" when the name is
// not written as a surface). A surface ending in "+" stands with a plural "s" too ("acre+" = acre, acres), one with
// "~" in American spelling too ("metre~+" = metre, meter, metres, meters). Surfaces are matched case-insensitively
// unless listed in CASED; a surface in two units belongs to the later.
const TABLE: Partial<Record<Kind, string>> = {
  // The European languages Sift reads write percent in words too ("1,5 Prozent", "3 pour cent").
  percent:
    'percent,%,％,pc,pct,prozent,procent,per cent,per-cent,pour cent,per cento,por cento,percentage,por ciento;' +
    'percentage point+,pp,ppt+,procentpunt,prozentpunkt,prozentpunkte,procentpunten,prozentpunkten,' +
    'punto porcentual,ponto percentual,punti percentuali,punto percentuale,pontos percentuais,puntos porcentuales,' +
    'points of percentage,point de pourcentage,points de pourcentage;' +
    'basis point+,bp+',
  // "12 C" and "54 F" in weather reports: the bare capital letter after a number is a temperature.
  quantity:
    'millimetre~+,mm;centimetre~+,cm;metre~+,m;kilometre~+,km+;micrometre~+,μm,µm,micron+;nanometre~+,nm;' +
    'inch,″,in.,inches;foot,′,ft,feet;yard+,yd+;mile+,mi;nautical mile+,nmi;' +
    'square metre~+,m2,m²,sqm,sq m;square foot,sqft,sq ft,square feet;' +
    'square kilometre+,km2,km²,sq km,square kilometers;square mile+,sq mi;hectare+,ha;acre+;' +
    'litre~+,l,ltr;millilitre~+,ml;gallon+,gal;pint+;quart+;barrel+,bbl;' +
    'barrel per day:bpd,b/d,barrels a day,barrels per day;cubic foot,cu ft,cubic feet;' +
    'cubic metre+,m3,m³,cubic meters;milligram+,mg;gram+,g,gramme+;kilogram+,kg+,kilo+;' +
    'metric ton+,mt,tonne+,metric tonnes;ton+;gigaton+,gt,gigatonne+;pound+,lb+;ounce+,oz;dram+;' +
    'mile per hour,mph,m.p.h.,miles an hour,miles per hour;' +
    'kilometre per hour:kph,kmh,km/h,km per hour,kilometres an hour,kilometers an hour,' +
    'kilometres per hour,kilometers per hour;' +
    'metre per second:m/s,metres per second,meters per second;knot+,kt+;' +
    'mile per gallon:mpg,miles per gallon;revolution per minute:rpm,revolutions per minute;watt+,w;' +
    'kilowatt+,kw;megawatt+,mw;gigawatt+,gw;kilowatt hour+,kwh,kilowatt-hours;' +
    'megawatt hour:mwh,megawatt hours,megawatt-hours;gigawatt hour:gwh,gigawatt hours,gigawatt-hours;' +
    'terawatt hour:twh,terawatt hours,terawatt-hours;horsepower,hp,PS,bhp;' +
    'newton metre:nm,newton metres,newton meters,newton-metres;pound-foot,lb-ft,lb ft,lb.-ft.,pound-feet;' +
    'volt+,v;farad+;ampere+,amp+;milliampere+,mA,milliamps;' +
    'milliampere hour:mah,milliamp hours,milliampere hours,milliampere-hours;kilovolt+,kv;' +
    'kilovolt per centimetre:kv/cm;volt per metre:v/m;hertz,hz;kilohertz,khz;megahertz,mhz;gigahertz,ghz;' +
    'kilobyte+,kb;megabyte+,mb;gigabyte+,gb;terabyte+,tb;' +
    'megabit per second:mbps,mb/s,mbit/s,megabits per second;' +
    'gigabit per second:gbps,gbit/s,gigabits per second;' +
    'celsius,C,°c,c°,ºc,degc,deg c,degree celsius,degrees celsius,degrees centigrade;' +
    'fahrenheit,F,°f,ºf,degf,deg f,degree fahrenheit,degrees fahrenheit;degree+,°,deg;' +
    'kilopound per square inch:ksi;pound per square inch:psi;megapascal:mpa,megapascals;' +
    'gigapascal:gpa,gigapascals;part per million:ppm,parts per million;' +
    'part per billion:ppb,parts per billion;decibel+,db;calorie+,cal,kcal;roentgen:R',
  // Sub-units keep the amount as written ("19 cents" = 19 cent, as NewsQuant and CQE annotate it).
  money: 'penny,p,pence;cent+,¢;sen;paisa,paise;kopek+,kopeck+;centavo+',
  count: 'generation:G',
  duration: 'second+,sec+;minute+,min+;hour+,h,hr+;day+;week+,wks;month+;year+,yrs;decade+;century,centuries',
};
const expand = (token: string): string[] => {
  const base = token.replace(/[~+]+$/, '');
  const forms = token.includes('~') ? [base, base.replace(/re$/, 'er')] : [base];
  return token.endsWith('+') ? forms.flatMap((f) => [f, `${f}s`]) : forms;
};

const CASED = new Set(['PS', 'F', 'R', 'G', 'C', 'mA']);
const BY_SURFACE = new Map<string, { name: string; kind: Kind }>();
for (const [kind, entries] of Object.entries(TABLE) as [Kind, string][]) {
  for (const entry of entries.split(';')) {
    const [head, rest] = entry.includes(':') ? entry.split(':') : [null, entry];
    const tokens = rest!.split(',');
    const name = head ?? tokens[0]!.replace(/[~+]+$/, '');
    for (const s of tokens.flatMap(expand)) BY_SURFACE.set(CASED.has(s) ? s : s.toLowerCase(), { name, kind });
  }
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
