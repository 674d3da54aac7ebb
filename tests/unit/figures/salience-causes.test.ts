// Issue 12, items 1 and 2: each cause that put junk in the panel's first rows, or hid a page's real figures behind
// it, with sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';
import { panelRows } from '../../../utils/figures/panel-rows';

const shown = (text: string, title = '') =>
  panelRows(extractFigures(text), { title })
    .filter((r) => r.shown)
    .map((r) => r.figure.text);

describe('panel: names of things are not key figures', () => {
  it('drops a screen size that names the model, keeps one that describes a screen', () => {
    const text =
      'Ahead of the 15-inch Vistabook Air, Norden will ship a new 11-inch Vistabook with a quieter fan. ' +
      'Suppliers said a larger 12-inch display is possible. The laptop will cost $899.';
    const rows = shown(text, '11-Inch Vistabook coming in spring');
    expect(rows).not.toContain('11-inch');
    expect(rows).not.toContain('15-inch');
    expect(rows).toContain('$899');
  });
  it('drops a network generation, a calibre and a model year', () => {
    expect(shown('Ministers want a 5G security adviser before the spring, the report said.')).toEqual([]);
    expect(shown('Police found a .38-caliber revolver and $12,000 in cash in the flat.')).toEqual(['$12,000']);
    expect(shown('Dealers finally unveiled the 2021 Talon GT Coupe at the show on Friday.')).toEqual([]);
  });
  it('drops a film title and a year before a noun', () => {
    const film = 'Robots in films from 1984: The Long Night to Moon Dust have rarely been kind to engineers.';
    expect(shown(film, 'What 1984: The Long Night got wrong about robots')).toEqual([]);
    const rows = shown('Tickets for the 2030 celebrations sold out, with 48,000 sold in an hour.', '2030 celebrations');
    expect(rows).not.toContain('2030 celebrations');
    expect(rows).toContain('48,000');
  });
});

describe('panel: page chrome and sayings', () => {
  it('drops a gallery counter written "Image 1 of / 6"', () => {
    const text = 'Storm hits the coast\n\nImage 1 of / 6\n\nCaption\n\nWaves reached the promenade on Sunday.';
    expect(shown(text)).toEqual([]);
  });
  it('drops the calendar constants', () => {
    const text =
      'The clinic will stay open 24 hours a day. Spread over 52 weeks in a year, the grant is $9,000 a week.';
    const rows = panelRows(extractFigures(text)).map((r) => r.figure.text);
    expect(rows).not.toContain('24 hours');
    expect(rows).not.toContain('52 weeks');
  });
});

describe('panel: lists of results are not a story', () => {
  it('shows nothing for a results roundup with box-score lines', () => {
    const text = [
      'Northgate d. Riverside 61-40',
      'Northgate (2-0): Ana Ortiz 22 points and 4 steals. Bell 11 points.',
      'Lakeview d. Hill Park 55-51',
      'Hill Park (0-2): Jo Marsh 19 points, 9 rebounds and 3 blocks.',
      'Eastfield d. Marlow 48-30',
      'Eastfield (1-1): Priya Nair 14 points.',
    ].join('\n\n');
    expect(shown(text, 'Roundup: Northgate stays unbeaten')).toEqual([]);
  });
  it('keeps a count in a sentence that has a verb', () => {
    expect(shown('Smith scored 31 points as the Hawks won the final, their first title in 12 years.')).toContain(
      '31 points',
    );
  });
});

describe('panel: an analysts’ forecast yields to the result', () => {
  it('ranks the reported figure above the consensus', () => {
    const text =
      'Analysts surveyed by a data firm had expected Corvane to earn $2.1 billion in the quarter. ' +
      'Corvane said on Thursday it earned $1.9 billion in the quarter.';
    const rows = panelRows(extractFigures(text)).map((r) => r.figure.text);
    expect(rows.indexOf('$1.9 billion')).toBeLessThan(rows.indexOf('$2.1 billion'));
  });
});

describe('panel: related figures a sentence apart or named as a part', () => {
  it('joins a record with the previous record a sentence later', () => {
    const text =
      'Solar panels across the region produced a record 9.4 gigawatts at noon on Sunday, covering 61% of demand. ' +
      'The previous record, set in May, was 8.7GW.';
    const row = panelRows(extractFigures(text)).find((r) => r.figure.text === '9.4 gigawatts')!;
    expect(row.change).toBe(true);
    expect(row.members.map((m) => m.text)).toContain('8.7GW');
  });
  it('keeps a part with its whole: "1,912 cases, including 47 deaths"', () => {
    const text = 'Between 2016 and 2021 the agency logged 1,912 cases nationwide, including 47 deaths.';
    const row = panelRows(extractFigures(text)).find((r) => r.figure.text === '1,912 cases')!;
    expect(row.members.map((m) => m.text)).toEqual(['47 deaths']);
  });
  it('shows a bare number that has a real label, not a bare small one', () => {
    const rows = shown('The population of the camp is now estimated at around 38,000, aid workers said on Friday.');
    expect(rows).toContain('38,000');
  });
});

describe('panel: a date leads only when it says when something is due', () => {
  it('gives a past year no lift from the headline', () => {
    const text =
      'The senator opened her 2024 campaign in Dayton on Saturday. The documents were leaked in 2019, lawyers said.';
    const rows = panelRows(extractFigures(text), { title: 'Senator opens 2024 campaign in Dayton' });
    expect(rows.filter((r) => r.shown && r.figure.kind === 'date')).toEqual([]);
  });
  it('keeps a launch date in a sentence about what is to come', () => {
    const text =
      'Harrow Motors plans to launch a cheaper electric van with a smaller battery in the second half of 2027, ' +
      'suppliers said. It will cost $31,000.';
    const date = panelRows(extractFigures(text)).find((r) => r.figure.kind === 'date')!;
    expect(date.shown).toBe(true);
  });
});

describe('panel: a small count the headline gives with its noun is the story', () => {
  const text =
    'The port authority said on Monday that four ferry operators had won licences to serve the northern islands. ' +
    'The licences run for a decade, and the operators must keep fares below the levels set last year.';

  it('shows "four ferry operators" when the headline says "Four Ferry Operators"', () => {
    expect(shown(text, 'Port licenses four ferry operators for island routes')).toContain('four ferry operators');
    expect(shown(text, 'Four Operators Win Island Ferry Licences')).toContain('four ferry operators');
  });

  it('gives it nothing when the headline has the number without the noun, or another noun', () => {
    expect(shown(text, 'Four win island ferry licences')).not.toContain('four ferry operators');
    expect(shown(text, 'Four islands get new ferries')).not.toContain('four ferry operators');
  });
});
