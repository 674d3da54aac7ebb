import { describe, expect, it } from 'vitest';
// Through the index, which loads every language's tables (the function words and the Chinese label reader).
import { extractFigures } from '../../../utils/figures';
import { figureLabel } from '../../../utils/figures/figure-label';

// Labels read from sentences written for these tests, through the real extractor: each case is one cause of a
// label that did not say what the figure is (a speaker, a cut clause, a pronoun, a function word at the edge, the
// wrong noun), in the languages Sift reads.
function labelOf(text: string, figure: string, lang = 'en'): string {
  const f = extractFigures(text, { lang }).find((x) => x.text === figure || x.text.includes(figure));
  if (!f) throw new Error(`no figure ${figure} in: ${text}`);
  return figureLabel(f, [], lang);
}

describe('labels say what the figure quantifies', () => {
  it('reads a relative clause or a participle after a counted noun', () => {
    expect(labelOf('The clinic treated 120 patients who arrived after the storm.', '120 patients')).toBe(
      'arrived after the storm',
    );
    expect(labelOf('Officials counted 64 foxes released into the park last spring.', '64 foxes')).toMatch(
      /^released into the park/,
    );
  });

  it('reads the noun of a genitive link after a share, in German and Italian', () => {
    expect(labelOf('Nur 58 Prozent der Regionalzüge kamen pünktlich an.', '58 Prozent', 'de')).toMatch(
      /^Regionalzüge kamen pünktlich/,
    );
    expect(labelOf('Oltre il 40% degli studenti vive ancora con i genitori.', '40%', 'it')).toMatch(/^studenti vive/);
  });

  it('gives a pronoun after "of" its predicate instead', () => {
    const l = labelOf('Up to 80% of those do not need a hospital bed.', '80%');
    expect(l).toMatch(/hospital bed/);
    expect(l).not.toMatch(/^those/);
  });

  it('reads the noun a share qualifies', () => {
    expect(labelOf('Shoppers get a 15% discount on winter coats.', '15%')).toBe('discount on winter coats');
  });

  it('reads the noun an amount is the value of, with whose it is', () => {
    expect(labelOf('The region slipped into recession, with unemployment at 7.2 percent.', '7.2 percent')).toBe(
      'unemployment',
    );
    const sales = labelOf(
      'The chain posted a profit of $41 million on sales of $930 million in the spring quarter.',
      '$930 million',
    );
    expect(sales).toMatch(/^chain … sales/);
    expect(
      labelOf('Le plan prévoit 12 milliards d’euros d’investissements dans le rail.', '12 milliards', 'fr'),
    ).toMatch(/investissements$/);
  });
});

describe('labels are never a speaker, a cut clause or a function word at the edge', () => {
  it('drops the speaker of a said-clause', () => {
    const l = labelOf('A union spokesman said another 45 nurses had been hurt in the protests.', '45 nurses');
    expect(l).toBe('hurt in the protests');
  });

  it('reads "that" before a noun as a new clause, not a relative one', () => {
    expect(labelOf('The mayor told reporters that ferry repairs would cost about $2.4 million.', '$2.4 million')).toBe(
      'ferry repairs would cost',
    );
  });

  it('trims the function words of other languages from both edges', () => {
    expect(labelOf('Il tasso di inflazione è sceso al 2,3% a marzo.', '2,3%', 'it')).toBe(
      'tasso di inflazione è sceso',
    );
    expect(labelOf('A taxa de desemprego caiu para 6,8% no trimestre.', '6,8%', 'pt')).toBe('taxa de desemprego caiu');
    expect(labelOf('Der Umsatz des Verlags stieg um 6 Prozent.', '6 Prozent', 'de')).toBe('Umsatz des Verlags stieg');
    const es = labelOf('El Gobierno elevó su previsión de crecimiento para la economía hasta el 2,1%.', '2,1%', 'es');
    expect(es).toMatch(/economía$/);
    expect(es).not.toMatch(/hasta|el$/);
  });

  it('keeps an upper-case acronym that spells a function word elsewhere', () => {
    expect(labelOf('Some 46% of retailers have adopted generative AI.', '46%')).toMatch(/generative AI$/);
  });
});

describe('dates get the event they mark', () => {
  it('reads the event noun after a date, with its owner', () => {
    expect(labelOf('Voters head to the polls for the party’s March 8 primary.', 'March 8')).toMatch(/primary$/);
  });

  it('leaves the words that narrow a date out of its label', () => {
    const l = labelOf('The firm plans to open a second plant in the first half of 2027.', '2027');
    expect(l).toMatch(/open a second plant$/);
    expect(l).not.toMatch(/half/);
  });
});

describe('Chinese labels come from the clause before the figure', () => {
  it('names the measure and the change, without the linking words or other figures', () => {
    const l = labelOf('该集团上半年净利润同比增长约18%，达到52亿元。', '18%', 'zh');
    expect(l).toMatch(/净利润增长$/);
    expect(l).not.toMatch(/约|同比|该/);
    expect(labelOf('该集团上半年净利润同比增长约18%，达到52亿元。', '52亿元', 'zh')).toMatch(/净利润增长/);
  });

  it('drops the copula before a figure', () => {
    expect(labelOf('今年一季度，全市新能源汽车销量为3.6万辆。', '3.6万辆', 'zh')).toBe('全市新能源汽车销量');
  });

  it('never starts a long label inside a word', () => {
    // Twelve characters back from the figure fall on 共 of 公共: the label starts at the next word, 交通.
    const l = labelOf('据统计，本市公共交通系统年运送乘客总量达到12亿人次。', '12亿', 'zh');
    expect(l).toBe('交通系统年运送乘客总量');
  });
});

describe('a bare change verb in Chinese takes its subject from the clause before', () => {
  it('joins the measure of the clause before to the verb', () => {
    const l = labelOf('今年前十个月，全省出口额达到820亿元，同比增长9.4%。', '9.4%', 'zh');
    expect(l).toMatch(/出口额增长$/);
    expect(labelOf('其中，服务业增加值增长5.1%。', '5.1%', 'zh')).toBe('服务业增加值增长');
  });
});
