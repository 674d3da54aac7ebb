// Units written in the article's language after a number: "drei Jahre", "12 ans", "cinco años", "tre ore".
// Kept per language because some are English words too ("ore", "mes", "dia"). unit=surface,surface;...
const UNITS: Record<string, string> = {
  de:
    'year=jahr,jahre,jahren;month=monat,monate,monaten;week=woche,wochen;day=tag,tage,tagen;hour=stunde,stunden;' +
    'minute=minuten;second=sekunden;kilometre=kilometer;metre=meter;metric ton=tonnen;degree=grad;' +
    'year of age=jahre alt',
  fr:
    'year=an,ans,année,années;month=mois;week=semaine,semaines;day=jour,jours;hour=heure,heures;second=secondes;' +
    'kilometre=kilomètres;metre=mètres;degree=degrés',
  es:
    'year=año,años;month=mes,meses;week=semana,semanas;day=día,días;hour=hora,horas;minute=minutos;second=segundos;' +
    'kilometre=kilómetros;metre=metros;metric ton=toneladas;degree=grados',
  it:
    'year=anno,anni;month=mese,mesi;week=settimana,settimane;day=giorno,giorni;hour=ora,ore;minute=minuti;' +
    'second=secondi;kilometre=chilometri;metre=metri;metric ton=tonnellate;degree=gradi',
  pt:
    'year=ano,anos;month=mês,meses;week=semana,semanas;day=dia,dias;hour=hora,horas;minute=minutos;second=segundos;' +
    'kilometre=quilômetros,quilómetros;metre=metros;metric ton=toneladas;degree=graus',
  nl:
    'year=jaar,jaren;month=maand,maanden;week=week,weken;day=dag,dagen;hour=uur;minute=minuten;second=seconden;' +
    'kilometre=kilometer;metre=meter;metric ton=ton;degree=graden',
};
// Function words that look like plurals (German nouns are capitalised, so German needs none).
const STOP = new Set(
  (
    'des les aux dans sont plus sous leurs mais los las más dos nos nas sus ellos dei delle degli gli che alle nelle ' +
    'sulle dalle sono hanno tutte tutti een zijn tussen tegen hebben'
  ).split(' '),
);

const cache = new Map<string, { re: RegExp; names: Map<string, string> }>();
function table(lang: string) {
  let t = cache.get(lang);
  if (!t && UNITS[lang]) {
    const names = new Map<string, string>();
    for (const entry of UNITS[lang]!.split(';')) {
      const [name, surfaces] = entry.split('=') as [string, string];
      for (const s of surfaces.split(',')) names.set(s, name);
    }
    const alt = [...names.keys()].sort((a, b) => b.length - a.length).join('|');
    t = { re: new RegExp(`^[ \\u00a0](${alt})(?![\\p{L}\\d])`, 'iu'), names };
    cache.set(lang, t);
  }
  return t;
}

/** A unit in the article's language right after `pos`: its English name and length; null when none. */
export function europeanUnit(text: string, pos: number, lang: string): { name: string; length: number } | null {
  const t = table(lang);
  const m = t?.re.exec(text.slice(pos, pos + 24));
  const name = m && t!.names.get(m[1]!.toLowerCase());
  return name ? { name, length: m[0].length } : null;
}

/**
 * The noun a number counts in a European language: the next word, capitalised in German ("zwei Millionen Menschen"),
 * a plural elsewhere ("3 000 emplois", "mil personas", "cento persone"). Null when the next word is a function word.
 */
export function europeanNoun(text: string, pos: number, lang: string): { noun: string; end: number } | null {
  const m = /^[ \u00a0]([\p{L}][\p{L}'’-]*\p{L})(?![\p{L}\d])/u.exec(text.slice(pos, pos + 32));
  const w = m?.[1];
  if (!w || STOP.has(w.toLowerCase()) || w.length < 3) return null;
  const plural = { de: /^\p{Lu}/u, it: /[ie]$/, nl: /(?:en|s)$/ }[lang]?.test(w) ?? /s$/.test(w);
  return plural ? { noun: w, end: pos + m[0].length } : null;
}
