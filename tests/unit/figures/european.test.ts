import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';
import { canRead } from '../../../utils/figures/languages';

type Row = [sentence: string, text: string, value: number | [number, number], unit: string | undefined];
const check = (lang: string) => (sentence: string, text: string, value: Row[2], unit: Row[3]) => {
  const figures = extractFigures(sentence, { lang, merge: false });
  const f = figures.find((x) => x.text === text);
  expect(f, JSON.stringify(figures.map((x) => x.text))).toBeDefined();
  expect([f!.value, f!.unit]).toEqual([value, unit]);
};

// Sentences written for these tests, one language each.
describe('German', () => {
  it.each<Row>([
    ['Der Konzern meldet einen Verlust von 760 Millionen Euro.', '760 Millionen Euro', 7.6e8, 'EUR'],
    ['Im Vorjahr waren es noch 1,2 Milliarden Euro.', '1,2 Milliarden Euro', 1.2e9, 'EUR'],
    ['Die Inflation sank auf 1,5 Prozent.', '1,5 Prozent', 1.5, 'percent'],
    ['Die Quote stieg um 0,4 Prozentpunkte.', '0,4 Prozentpunkte', 0.4, 'percentage point'],
    ['Der Staat zahlt 3 Mio. Euro an die Stadt.', '3 Mio. Euro', 3e6, 'EUR'],
    ['Die Schulden wuchsen um 2 Mrd. Dollar.', '2 Mrd. Dollar', 2e9, 'USD'],
    ['Rund zwei Millionen Menschen pendeln täglich.', 'zwei Millionen Menschen', 2e6, 'Menschen'],
    ['Die Staatsschuld liegt bei einer Billion Euro.', 'einer Billion Euro', 1e12, 'EUR'],
    ['Der Umbau dauert drei Jahre.', 'drei Jahre', 3, 'year'],
    ['Das Werk beschäftigt 1.250 Mitarbeiter.', '1.250 Mitarbeiter', 1250, 'Mitarbeiter'],
    ['Es fielen 67 Millionen.', '67 Millionen', 6.7e7, undefined],
  ])('%s → %s', check('de'));
});

describe('French', () => {
  it.each<Row>([
    ["Le déficit atteint 3,2 milliards d'euros.", "3,2 milliards d'euros", 3.2e9, 'EUR'],
    ['Le chômage recule à 7,3 %.', '7,3 %', 7.3, 'percent'],
    ['La croissance sera de 1,1 pour cent.', '1,1 pour cent', 1.1, 'percent'],
    ['Le plan coûte trois milliards de dollars.', 'trois milliards de dollars', 3e9, 'USD'],
    ["L'usine supprime 3 000 emplois.", '3 000 emplois', 3000, 'emplois'],
    ['Mille personnes ont manifesté.', 'Mille personnes', 1000, 'personnes'],
    ['Le chantier a duré vingt et un ans.', 'vingt et un ans', 21, 'year'],
    ['Le groupe vaut 7 Md€.', '7 Md€', 7e9, 'EUR'],
  ])('%s → %s', check('fr'));
});

describe('Spanish', () => {
  it.each<Row>([
    ['El banco ganó dos millones de euros.', 'dos millones de euros', 2e6, 'EUR'],
    ['La deuda suma 5.000 millones de dólares.', '5.000 millones de dólares', 5e9, 'USD'],
    ['El fondo tiene dos mil millones de euros.', 'dos mil millones de euros', 2e9, 'EUR'],
    ['El paro bajó un 12,5%.', '12,5%', 12.5, 'percent'],
    ['La obra duró treinta y dos años.', 'treinta y dos años', 32, 'year'],
    ['La empresa contrató a 300 empleados.', '300 empleados', 300, 'empleados'],
  ])('%s → %s', check('es'));

  it('reads Mexican Spanish with a decimal dot', () => {
    check('es-MX')('La inflación fue de 4.5 por ciento.', '4.5 por ciento', 4.5, 'percent');
  });
});

describe('Italian', () => {
  it.each<Row>([
    ['Il governo stanzia 3 miliardi di euro.', '3 miliardi di euro', 3e9, 'EUR'],
    ['La spesa sale a due milioni di dollari.', 'due milioni di dollari', 2e6, 'USD'],
    ['Il debito è pari al 12,5 per cento.', '12,5 per cento', 12.5, 'percent'],
    ['La gara dura tre anni.', 'tre anni', 3, 'year'],
    ['Sono arrivate mille persone.', 'mille persone', 1000, 'persone'],
    ['Il ponte costa 1,4 mld di euro.', '1,4 mld di euro', 1.4e9, 'EUR'],
  ])('%s → %s', check('it'));
});

describe('Portuguese', () => {
  it.each<Row>([
    ['O governo investiu um bilhão de reais.', 'um bilhão de reais', 1e9, 'BRL'],
    ['O banco lucrou R$ 2,5 bilhões.', 'R$ 2,5 bilhões', 2.5e9, 'BRL'],
    ['A dívida chega a 3 mil milhões de euros.', '3 mil milhões de euros', 3e9, 'EUR'],
    ['A inflação subiu 4,2 por cento.', '4,2 por cento', 4.2, 'percent'],
    ['O contrato vale por dois anos.', 'dois anos', 2, 'year'],
  ])('%s → %s', check('pt'));
});

describe('Dutch', () => {
  it.each<Row>([
    ['Het kabinet trekt 2,5 miljard euro uit.', '2,5 miljard euro', 2.5e9, 'EUR'],
    ['De werkloosheid daalde naar 3,6 procent.', '3,6 procent', 3.6, 'percent'],
  ])('%s → %s', check('nl'));
});

describe('languages Sift cannot read', () => {
  it('shows no figures rather than wrong ones', () => {
    expect(canRead('ru')).toBe(false);
    expect(canRead('pl-PL')).toBe(false);
    expect(canRead('pt-BR')).toBe(true);
    expect(canRead(null)).toBe(true);
    expect(extractFigures('Выручка выросла на 15% до 3 млрд рублей.', { lang: 'ru' })).toEqual([]);
  });

  it('reads each language only with its own words: "sei" is six in Italian, not in German', () => {
    expect(extractFigures('Es sei drei Jahre her.', { lang: 'de' }).map((f) => f.text)).toEqual(['drei Jahre']);
    expect(extractFigures('Ci sono sei anni di lavoro.', { lang: 'it' }).map((f) => f.text)).toEqual(['sei anni']);
  });
});
