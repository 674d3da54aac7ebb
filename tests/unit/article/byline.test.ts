import { describe, expect, it } from 'vitest';
import { cleanByline, looksLikeByline } from '../../../utils/article/byline';

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Von Claudia Becker | 18.11.2026, 14:05 Uhr', 'Claudia Becker'],
    ['Par Marie Dupont, publié le 1er janvier 2026 à 14h05', 'Marie Dupont'],
    ['Por Ana García · 18 de noviembre de 2026', 'Ana García'],
    ['Di Marco Rossi - 7 settembre 2026', 'Marco Rossi'],
    ['Jane Doe and John Roe Updated 2:05 PM EST, Nov 18, 2026', 'Jane Doe and John Roe'],
    ['Claudia Becker, Stand: 14:05 Uhr', 'Claudia Becker'],
    ['作者：张伟', '张伟'],
    ['记者 李娜 2026-11-22 09:15', '李娜'],
    ['文／山田太郎', '山田太郎'],
    ['18.11.2026, 14:05 Uhr', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(cleanByline(raw, 'de')).toBe(expected);
  });
});

describe('looksLikeByline', () => {
  it.each(['By Jane Doe', 'Von Claudia Becker', 'Par Marie Dupont', '作者：张伟', '記者：佐藤花子'])(
    '%s: yes',
    (line) => {
      expect(looksLikeByline(line)).toBe(true);
    },
  );
  it.each(['by the end of the year', 'De nouvelles règles', 'Reading time 4 min', 'Von 2020 bis 2026'])(
    '%s: no',
    (line) => {
      expect(looksLikeByline(line)).toBe(false);
    },
  );
});
