import { describe, expect, it } from 'vitest';
import { findTextDate } from '../../../utils/article/text-date';

// Dates pages write only as text, one line of each language Sift cleans (lines written for this test).
describe('findTextDate', () => {
  it.each([
    ['Stand: 18.11.2026, 14:05 Uhr', 'de', '2026-11-18T14:05:00'],
    ['Aktualisiert am 3. März 2026 um 9.30 Uhr', 'de', '2026-03-03T09:30:00'],
    ['2026-11-22 09:15', 'zh', '2026-11-22T09:15:00'],
    ['发布时间：2026年11月22日 09:15', 'zh', '2026-11-22T09:15:00'],
    ['2026年4月5日 12時30分', 'ja', '2026-04-05T12:30:00'],
    ['Publié le 1er janvier 2026 à 14h05', 'fr', '2026-01-01T14:05:00'],
    ['Actualizado el 18 de noviembre de 2026', 'es', '2026-11-18'],
    ['Pubblicato il 7 settembre 2026 alle 08:00', 'it', '2026-09-07T08:00:00'],
    ['Publicado em 1º de maio de 2026', 'pt', '2026-05-01'],
    ['Published November 18, 2026 2:05 PM EST', 'en', '2026-11-18T14:05:00'],
    ['Updated 18 Nov 2026', 'en-GB', '2026-11-18'],
    ['11/12/2026', 'en', '2026-11-12'],
    ['11/12/2026', 'fr', '2026-12-11'],
    ['25/12/2026', 'en', '2026-12-25'],
  ])('%s (%s) → %s', (text, lang, expected) => {
    expect(findTextDate(text, lang)?.value).toBe(expected);
  });

  it.each([
    ['31.02.2026', 'no 31 February'],
    ['Page 12 of 2026 results', 'no date at all'],
    ['Call 030 1234 5678', 'a phone number'],
    ['14:05', 'a time alone'],
  ])('%s: none (%s)', (text) => {
    expect(findTextDate(text, 'de')).toBeNull();
  });

  it('says where the date starts, so a byline can be cut there', () => {
    expect(findTextDate('Claudia Becker, 18.11.2026', 'de')?.index).toBe(16);
  });
});
