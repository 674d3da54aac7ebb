// Issue 12, item 5: dates with a European month name are dates, not a count of the day ("14 octobre" was 14
// "octobre"). Sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';
import { loadFiguresFor } from '../../../utils/figures/languages';

const dates = (text: string, lang: string, published = '2025-09-01') =>
  extractFigures(text, { lang, published }).map((f) => [f.kind, f.text, f.value]);

beforeAll(() => loadFiguresFor('fr'));

describe('European month names', () => {
  it.each([
    ['fr', 'Le conseil se réunira le 14 octobre 2025 pour voter.', '14 octobre 2025', 20251014],
    ['fr', 'Les inscriptions ferment le 1er mars 2026.', '1er mars 2026', 20260301],
    ['de', 'Die Messe beginnt am 3. März 2026 in Leipzig.', '3. März 2026', 20260303],
    ['es', 'La votación fue el 12 de mayo de 2024 en Sevilla.', '12 de mayo de 2024', 20240512],
    ['it', 'Il cantiere è stato aperto il 5 maggio 2023.', '5 maggio 2023', 20230505],
    ['pt', 'A ponte foi inaugurada em 7 de setembro de 2022.', '7 de setembro de 2022', 20220907],
    ['de', 'Der Umsatz im Oktober 2024 war stabil.', 'Oktober 2024', 202410],
  ])('%s: %s', (lang, text, surface, value) => {
    expect(dates(text, lang)).toEqual([['date', surface, value]]);
  });

  it('gives a day without a year the publication year, as in English', () => {
    expect(dates('Die Regeln gelten seit dem 3. März.', 'de')).toEqual([['date', '3. März', 20250303]]);
    expect(dates('El plazo venció el 12 de mayo.', 'es')).toEqual([['date', '12 de mayo', 20250512]]);
  });

  it('puts a day without a year in the future when its clause speaks of the future', () => {
    expect(dates('Le musée sera rouvert le 3 mars.', 'fr')).toEqual([['date', '3 mars', 20260303]]);
    expect(dates('Die Brücke wird am 2. Februar freigegeben.', 'de')).toEqual([['date', '2. Februar', 20260202]]);
    expect(dates('A nova linha vai abrir em 9 de janeiro.', 'pt')).toEqual([['date', '9 de janeiro', 20260109]]);
    expect(dates('Das Museum öffnete am 3. März.', 'de')).toEqual([['date', '3. März', 20250303]]);
  });

  it('leaves a month name alone when no day or year stands by it', () => {
    expect(dates('Im Mai kamen 40 Besucher.', 'de').map((d) => d[0])).not.toContain('date');
    expect(dates('La sonde vers mars a coûté 2 milliards.', 'fr').map((d) => d[0])).not.toContain('date');
  });

  it('reads English month names as before in an English text', () => {
    expect(dates('The council meets on 14 October 2025.', 'en')).toEqual([['date', '14 October 2025', 20251014]]);
  });
});
