import { readFileSync } from 'node:fs';
import { fixturePages } from '../../fixtures/paths';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';
import { parseCjkNumber } from '../../../utils/figures/find-cjk-figures';
import { extractArticle } from '../../../utils/article/extract-article';
import { parseHtml } from '../../../scripts/lib/parse-html';

const read = (text: string, lang = 'zh') => extractFigures(text, { lang, merge: false });
const pick = (text: string, lang = 'zh') => read(text, lang).map((f) => [f.text, f.kind, f.value, f.unit, f.change]);

describe('Chinese and Japanese numerals', () => {
  it.each([
    ['27', 27],
    ['380万', 3.8e6],
    ['12亿', 1.2e9],
    ['3.5万亿', 3.5e12],
    ['1兆2000億', 1.2e12],
    ['三千', 3000],
    ['两万', 2e4],
    ['十二', 12],
    ['一百二十', 120],
    ['两万三千', 23000],
    ['三亿五千万', 3.5e8],
    ['３．５万', 35000],
    ['1,200万', 1.2e7],
    ['二〇二四', 2024],
  ])('%s → %s', (raw, value) => expect(parseCjkNumber(raw)).toBeCloseTo(value, 6));
});

describe('figures in Chinese text', () => {
  // An article written for this test: twelve figures of the kinds Chinese business news uses.
  const article =
    '今年前三季度，该市共接待游客380万人次，同比增长约27%。旅游总收入达到12亿元人民币，' +
    '其中入境游客消费3.5万亿美元的说法并不准确。全市有三千名志愿者参与服务，两万个家庭报名。\n' +
    '目前全市共有300余家酒店，新增客房超过1.2万间，平均房价下降了8.5%，每晚约450元。' +
    '机场扩建工程历时3年，新航站楼面积达到15万平方米。';
  const figures = read(article);

  it('finds all twelve figures with their values and units', () => {
    expect(figures.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['380万人次', 3.8e6, 'person-times'],
      ['27%', 27, 'percent'],
      ['12亿元人民币', 1.2e9, 'CNY'],
      ['3.5万亿美元', 3.5e12, 'USD'],
      ['三千名', 3000, 'people'],
      ['两万个', 2e4, '个'],
      ['300余家', 300, '家'],
      ['1.2万间', 1.2e4, '间'],
      ['8.5%', 8.5, 'percent'],
      ['450元', 450, 'CNY'],
      ['3年', 3, 'year'],
      ['15万平方米', 1.5e5, 'square metre'],
    ]);
  });

  it('reads bounds and moves: 约, 超过, 余, 增长, 下降', () => {
    const change = (text: string) => figures.find((f) => f.text === text)?.change;
    expect([change('27%'), change('300余家'), change('1.2万间'), change('8.5%'), change('450元')]).toEqual([
      'up',
      'more-than',
      'more-than',
      'down',
      'approx',
    ]);
    expect(pick('超过5000人参加')).toEqual([['5000人', 'count', 5000, 'people', 'more-than']]);
    expect(pick('收入不到3亿元')).toEqual([['3亿元', 'money', 3e8, 'CNY', 'less-than']]);
  });

  it('keeps each figure in its own sentence (。 ends a sentence)', () => {
    const f = figures.find((x) => x.text === '27%')!;
    expect(f.sentence).toBe('今年前三季度，该市共接待游客380万人次，同比增长约27%。');
  });

  it('leaves out years, dates, ordinals and words that only contain a numeral', () => {
    const found = read('2024年3月5日，第三季度，统一规划，一个人，千家万户，万一下雨。');
    expect(found.filter((f) => f.kind !== 'date')).toEqual([]);
  });

  it('reads ranges, 百分之 and a shared magnitude', () => {
    expect(pick('增速在20%至30%之间，约3至5万人，百分之二十七')).toEqual([
      ['20%至30%', 'percent', [20, 30], 'percent', undefined],
      ['3至5万人', 'count', [3e4, 5e4], 'people', 'approx'],
      ['百分之二十七', 'percent', 27, 'percent', undefined],
    ]);
  });

  it('reads ¥ as the yuan in Chinese and the yen in Japanese', () => {
    expect(pick('投资¥500万')[0]?.[3]).toBe('CNY');
    expect(pick('価格は¥500万です', 'ja')[0]?.[3]).toBe('JPY');
  });
});

describe('figures in Japanese text', () => {
  it('reads 円, 万人, 兆 and 約', () => {
    expect(pick('東京都の人口は約1400万人です。売上高は3.5兆円、赤字は1兆2000億円でした。', 'ja')).toEqual([
      ['1400万人', 'count', 1.4e7, 'people', 'approx'],
      ['3.5兆円', 'money', 3.5e12, 'JPY', undefined],
      ['1兆2000億円', 'money', 1.2e12, 'JPY', undefined],
    ]);
  });
});

describe('the Chinese fixture page', () => {
  const dir = join(fixturePages, 'xinwen-zh-industry');
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const result = extractArticle(parseHtml(html), 'https://finance.news.example/a');
  it('gets the figures of its article text', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const texts = result.article.figures.map((f) => f.text);
    for (const t of ['6.2%', '0.2个百分点', '9.6%', '1124万辆', '35.2%', '12.9%', '5%左右']) expect(texts).toContain(t);
    expect(result.article.figures.find((f) => f.text === '1124万辆')?.value).toBe(1.124e7);
  });
});
