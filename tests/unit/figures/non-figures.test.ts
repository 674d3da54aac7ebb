import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';

// [sentence, the identifier or non-figure that must not come out as a figure]
const rows: [string, string][] = [
  ['The base iPhone 11 has just 64GB of storage.', 'iPhone 11'],
  ['Apple unveiled the iPhone 11 Pro and 11 Pro Max.', 'iPhone 11 Pro'],
  ['The S&P 500 rose on Friday.', 'S&P 500'],
  ['the sp 500 was down 2.1% and nasdaq fell.', 'sp 500'],
  ['The FTSE 100 slipped in early trade.', 'FTSE 100'],
  ['The Stoxx 600 index advanced.', 'Stoxx 600'],
  ['He was at high risk from Covid-19 in prison.', 'Covid-19'],
  ['They procured thousands of COVID -19 tests.', 'COVID -19'],
  ['The agency invoked Section 427 of the code.', 'Section 427'],
  ['It will not commence Part 3 of the act.', 'Part 3'],
  ['Petr Mrazek was hurt in Game 2 on Sunday.', 'Game 2'],
  ['Oklahoma and Texas lead the Big 12.', 'Big 12'],
  ['The benchmark TA-35 index edged down.', 'TA-35'],
  ['Nvidia shipped the H20 chip to China.', 'H20'],
  ['Samsung improved the Galaxy S23 Plus.', 'S23'],
  ['The electric ID.3 and ID.4 models use it.', 'ID.3'],
  ['Viewers of KTLA Channel 5 missed the parade.', 'Channel 5'],
  ['We went hands-on with the new Apple Watch 5.', 'Apple Watch 5'],
  ['Call the desk on +44 20 7946 0958 today.', '+44 20 7946 0958'],
  ['Reach the office at (212) 555-1234 after noon.', '(212) 555-1234'],
  ['Tickets: 555-123-4567.', '555-123-4567'],
  ['She attended church on Sunday at 11 a.m. then worked.', '11 a.m.'],
  ['The strike began at 17:22 GMT.', '17:22'],
  ['Bitcoin fell at 10.45pm last night.', '10.45pm'],
  ['Duties apply after 12:01 a.m. EDT on Friday.', '12:01 a.m.'],
  ['Thompson scored with 4:39 left to play.', '4:39'],
  ['1. Preheat the oven.\n2. Mix the flour.', '2.'],
  ['It was his 22nd amendment to the bill.', '22nd'],
  ['He scored the 96th-minute winner.', '96th'],
  ['Dak Prescott (4) celebrates a touchdown.', '(4)'],
  ['Properties include 49 Zorro Ranch Road in New Mexico.', '49 Zorro Ranch Road'],
  ['The office is at 575 Wilbraham Road, Chorlton.', '575 Wilbraham Road'],
  ['It passed the ISO 3888-2 lane-change test.', 'ISO 3888-2'],
  ['The new HIV 2 drug regimen looks promising.', 'HIV 2'],
  ['The deal reached number 3 in the charts.', 'number 3'],
  ['She is wearing No. 10 this season.', 'No. 10'],
  ['Some publishers were hesitant because Apple would keep half the revenue this half.', 'this half'],
];

describe('extractFigures leaves non-figures alone', () => {
  it('has at least 30 non-figures', () => expect(rows.length).toBeGreaterThanOrEqual(30));

  it.each(rows)('%s (%s)', (sentence, span) => {
    const at = sentence.indexOf(span);
    expect(at).toBeGreaterThanOrEqual(0);
    const hits = extractFigures(sentence).filter((f) => f.kind !== 'date' && f.start < at + span.length && f.end > at);
    expect(hits.map((f) => f.text)).toEqual([]);
  });

  it('still finds the real figure next to an identifier', () => {
    const figs = extractFigures('The base iPhone 11 has just 64GB of storage.');
    expect(figs.map((f) => [f.text, f.value, f.unit])).toEqual([['64GB', 64, 'gigabyte']]);
  });
});
