// Numbers that are not figures never reach the panel (issue 12): product and model names, emergency and phone
// numbers, sayings, list markers, page chrome; and the real figure beside each of them survives.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';

// [category, text, the span that must yield no figure (any kind, dates included)]
const junk: [string, string, string][] = [
  ['console', 'Sony cut the price of the PS5 to £389 this week.', 'PS5'],
  ['console', 'Retailers said the Xbox Series X and PS5 were sold out.', 'PS5'],
  ['aircraft', 'The Airbus A321-200 had 186 passengers on board.', 'A321-200'],
  ['aircraft', 'The carrier ordered 20 Boeing 737-800 jets in June.', '737-800'],
  ['version', 'Apple shipped iOS 17.2 to older phones.', 'iOS 17.2'],
  ['version', 'The bank app needs version 4.10 or later.', 'version 4.10'],
  ['version', 'The patch 1.14.2 fixed the crash.', '1.14.2'],
  ['model', 'OpenAI put GPT-4o into the free tier.', 'GPT-4o'],
  ['model', 'The Galaxy S24 went on sale in Seoul.', 'Galaxy S24'],
  ['model', 'Most Windows 11 users will get the update.', 'Windows 11 users'],
  ['emergency', 'Anyone who sees the man should call 911 immediately.', '911'],
  ['emergency', 'In an emergency, dial 999 or 112.', '999 or 112'],
  ['emergency', 'In Australia you call 000 for an ambulance.', '000'],
  ['emergency', 'A 911 call came in just after dawn.', '911'],
  ['emergency', 'The charity runs a helpline on 0808 800 5000 each night.', '0808 800 5000'],
  ['phone', 'Readers can call +44 20 7946 0958 with tips.', '+44 20 7946 0958'],
  ['phone', 'For tickets call (555) 123-4567.', '(555) 123-4567'],
  ['idiom', 'The minister doubled down on the promise.', 'doubled down'],
  ['idiom', 'Critics accused the board of double standards.', 'double'],
  ['idiom', 'She is one of the few women running the yard.', 'one'],
  ['idiom', 'The defence was at sixes and sevens all night.', 'sixes and sevens'],
  ['idiom', 'A title felt a million miles away in August.', 'a million miles'],
  ['idiom', 'Voters remain in two minds about the tax.', 'two minds'],
  ['idiom', 'No one answered the door.', 'No one'],
  ['idiom', 'The pharmacy is open 24/7 over the holiday.', '24/7'],
  ['idiom', 'One day, she said, the mill will reopen.', 'One day'],
  ['list', '1. Whisk the eggs.\n2. Add the milk.', '1.'],
  ['list', 'He wears No. 3 for the county.', 'No. 3'],
  ['list', 'Step 2 is to sand the frame.', 'Step 2'],
  ['list', 'This is part 1 of 3 in our series on housing.', 'part 1 of 3'],
  ['chrome', 'Council tax rise approved\n12.3K views\nThe rise takes effect in April.', '12.3K views'],
  ['chrome', 'Flood waters reach the square\nImage 1 of 13\nResidents waded home.', 'Image 1 of 13'],
  ['chrome', 'Photo 3/10 shows the flooded high street.', 'Photo 3/10'],
  ['chrome', 'Gallery\n4 of 12\nThe harbour at dusk.', '4 of 12'],
  ['chrome', 'Market report\n3 min read\nStocks were flat.', '3 min read'],
  ['chrome', 'LONDON, March 3 (Reuters) - Copper prices rose on Monday.', 'March 3'],
  ['chrome', 'BERLIN, Jan. 14 — The coalition met again.', 'Jan. 14'],
  ['reference', 'As John 3:16 says, the verse is famous.', '3:16'],
  ['reference', 'Section 230 shields platforms from lawsuits.', 'Section 230 shields'],
  ['reference', 'Article 50 was triggered by the letter.', 'Article 50'],
  ['reference', 'Under Rule 4.2 the umpire may stop play.', 'Rule 4.2'],
  ['reference', 'Year 11 pupils sit their exams in May.', 'Year 11 pupils'],
];

describe('junk never comes out as a figure', () => {
  it('covers every category of issue 12', () => {
    const categories = new Set(junk.map(([c]) => c));
    const wanted = ['console', 'aircraft', 'version', 'model', 'emergency', 'phone', 'idiom', 'list', 'chrome'];
    wanted.push('reference');
    for (const c of wanted) {
      expect(categories.has(c), c).toBe(true);
    }
  });

  it.each(junk)('%s: %s (%s)', (_, text, span) => {
    const at = text.indexOf(span);
    expect(at).toBeGreaterThanOrEqual(0);
    const hits = extractFigures(text).filter((f) => f.start < at + span.length && f.end > at);
    expect(hits.map((f) => f.text)).toEqual([]);
  });
});

// [text, figures that must survive beside the junk: [text, value, unit]]
const guards: [string, [string, number | [number, number], string | undefined][]][] = [
  ['Sony cut the price of the PS5 to £389 this week.', [['£389', 389, 'GBP']]],
  ['The Airbus A321-200 had 186 passengers on board.', [['186 passengers', 186, 'passengers']]],
  ['The Galaxy S24 went on sale for $799 in Seoul.', [['$799', 799, 'USD']]],
  [
    'Calls to 999 rose 12% last winter, to 9.8 million.',
    [
      ['12%', 12, 'percent'],
      ['9.8 million', 9.8e6, undefined],
    ],
  ],
  [
    'The minister doubled down, promising $5 billion over 10 years.',
    [
      ['$5 billion', 5e9, 'USD'],
      ['10 years', 10, 'year'],
    ],
  ],
  ['Shares were up 3-4% after the PS5 launch.', [['3-4%', [3, 4], 'percent']]],
  ['Some 20-25 people waited outside, one of the few queues in town.', [['20-25 people', [20, 25], 'people']]],
  [
    'Export sales doubled to $4.2bn.',
    [
      ['doubled', 2, 'times'],
      ['$4.2bn', 4.2e9, 'USD'],
    ],
  ],
  ['The firm plans to double its output by 2030.', [['double', 2, 'times']]],
  [
    'LONDON, March 3 (Reuters) - Copper rose 2.1% to $9,120 a tonne.',
    [
      ['2.1%', 2.1, 'percent'],
      ['$9,120 a tonne', 9120, 'USD per metric ton'],
    ],
  ],
  ['The video drew 2 million views in a day.', [['2 million views', 2e6, 'views']]],
  ['On Monday 300 workers walked out.', [['300 workers', 300, 'workers']]],
  ['In Britain 300 hospitals closed wards.', [['300 hospitals', 300, 'hospitals']]],
  [
    'Section 230 was passed in 1996, when 20 million Americans were online.',
    [['20 million Americans', 2e7, 'Americans']],
  ],
  ['Call volumes at the 111 service hit 1.9 million in March.', [['1.9 million', 1.9e6, undefined]]],
];

describe('real figures next to junk survive', () => {
  it.each(guards)('%s', (text, want) => {
    const figs = extractFigures(text).filter((f) => f.kind !== 'date');
    for (const [surface, value, unit] of want) {
      const f = figs.find((x) => x.text === surface);
      expect(f, `${surface} in ${JSON.stringify(figs.map((x) => x.text))}`).toBeDefined();
      expect(f!.value).toEqual(value);
      if (unit !== undefined) expect(f!.unit).toBe(unit);
    }
  });
});
