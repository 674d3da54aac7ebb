// Issue 12, item 1: general causes that kept an editor's figure out of the first five rows, each with sentences
// written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';
import { loadFiguresFor } from '../../../utils/figures/languages';
import { panelRows } from '../../../utils/figures/panel-rows';

const rows = (text: string, title = '', lang?: string) =>
  panelRows(extractFigures(text, { lang, published: '2025-09-01' }), { title, lang }).map((r) => ({
    text: [r.figure, ...r.members].map((f) => f.text).join(' / '),
    shown: r.shown,
    kind: r.figure.kind,
  }));
const shown = (text: string, title = '', lang?: string) =>
  rows(text, title, lang)
    .filter((r) => r.shown)
    .map((r) => r.text);

beforeAll(async () => {
  await loadFiguresFor('de');
  await loadFiguresFor('zh', '中文');
});

describe('a headline count in digits with a noun of its own', () => {
  it('lifts the spelled-out count it names', () => {
    const text = 'Four miners were killed when a tunnel collapsed near the border on Friday, officials said.';
    expect(shown(text, '4 workers dead in tunnel collapse')).toContain('Four miners');
  });
  it('still shows nothing for a headline count with no noun', () => {
    const text = 'Two men were held after a scuffle outside a club late on Friday. One was released.';
    expect(shown(text, '2 held after club scuffle')).toEqual([]);
  });
});

describe('small counts written out in other languages weigh as little as in English', () => {
  it('ranks a German "sechs Minuten" below the level a share moved to', () => {
    const text =
      'Die Reederei hat im Jahr einen Gewinn von 310 Millionen Euro gemacht. Im Vorjahr lag er bei 250 Millionen ' +
      'Euro. Die Zahl der Passagiere stieg um vier Prozent auf 12 Millionen. Nur 71,5 Prozent der Fähren kamen ' +
      'mit weniger als sieben Minuten Verspätung an. Die Flotte wuchs um zwei Schiffe.';
    const out = shown(text, 'Reederei mit Gewinn', 'de');
    expect(out).toContain('12 Millionen / vier Prozent');
    expect(out).not.toContain('sieben Minuten');
  });
});

describe('a level with its move, in other languages and with a month between', () => {
  it('joins a Chinese level and its year-on-year change (同比)', () => {
    const text = '今年前三季度，全省快递业务量达到86亿件，同比增长21.4%。';
    expect(rows(text, '', 'zh').map((r) => r.text)).toContain('86亿件 / 21.4%');
  });
  it('joins "averaged 4.2% in March, down from 5.1%" as one change', () => {
    const text = 'The average mortgage rate averaged 4.2 percent in March, down from 5.1 percent a year earlier.';
    expect(rows(text).map((r) => r.text)).toContain('4.2 percent / 5.1 percent');
  });
});

describe('picture standards are not money nor counts', () => {
  it('reads "1080p" as a resolution, not pence', () => {
    const f = extractFigures('The game renders at 1080p on the cheaper console.');
    expect(f.map((x) => [x.text, x.kind])).toEqual([['1080p', 'quantity']]);
    expect(extractFigures('Shares in the grocer closed at 315p.')[0]).toMatchObject({ kind: 'money', unit: 'penny' });
  });
  it('keeps "4K" out of the panel, but not "$4K"', () => {
    const out = shown('Players can stream at 4K and 60fps for $9.99 a month, a saving of $4K over a console.');
    expect(out).not.toContain('4K');
    expect(out.some((t) => t.startsWith('$4K'))).toBe(true);
  });
});

describe('dates: a day pins an event, a relative date is only when', () => {
  it('shows the day of the event in a story with few figures', () => {
    const text =
      'Passengers waited for hours on the quay. ' +
      'The ferry ran aground off the island on Aug. 14 after its engine failed, the coastguard said. ' +
      'The company has since cancelled 42 crossings.';
    expect(shown(text, 'Ferry operator cancels crossings')).toContain('Aug. 14');
  });
  it('ranks "next year" below the figures of the story', () => {
    const text =
      'The band will play 28 cities on the tour. It plans to release an album next year. The 28-date run opens ' +
      'in Austin.';
    const out = rows(text, 'Band sets tour').map((r) => r.text);
    expect(out.indexOf('next year')).toBeGreaterThan(out.indexOf('28-date'));
  });
});

describe('a price with the time it buys is one row', () => {
  it('joins "$25 for a massage for 30 minutes"', () => {
    const text = 'The spa charges $25 for a massage for 30 minutes, and the queue reached 140 people on Sunday.';
    expect(rows(text).map((r) => r.text)).toContain('$25 / 30 minutes');
  });
});
