// Issue 12, item 3: causes of labels that did not say what the figure is, and of a possessive read as a currency,
// with sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';
import { figureLabel } from '../../../utils/figures/figure-label';

const figure = (text: string, surface: string) => {
  const f = extractFigures(text).find((x) => x.text === surface);
  if (!f) throw new Error(`no ${surface} in: ${text}`);
  return f;
};
const labelOf = (text: string, surface: string) => figureLabel(figure(text, surface), [], 'en');

describe('a figure joined to its unit by a hyphen is an adjective of the noun after it', () => {
  it('labels it by that noun phrase, not by the clause before', () => {
    expect(labelOf('The crew would sleep through much of the 180-day cruise to Mars.', '180-day')).toBe(
      'cruise to Mars',
    );
    expect(labelOf('The council approved a 10-year lease for the old depot.', '10-year')).toBe(
      'lease for the old depot',
    );
  });

  it('says whose, when a possessive stands right before the figure', () => {
    expect(labelOf('Talks could end the group’s 18-year insurgency.', '18-year')).toBe('group’s insurgency');
    expect(labelOf('The mayor unveiled the city’s $4.1bn budget on Monday.', '$4.1bn')).toBe('city’s budget');
  });
});

describe('a possessive before an amount is not a currency prefix', () => {
  it('reads "Disney’s $6.99" as dollars, and S$ as Singapore dollars', () => {
    // The rate joined by hyphens stays with its amount (issue 12: "$6.99-a-month" is a rate).
    expect(figure('The studio’s $6.99-a-month service launched.', '$6.99-a-month').unit).toBe('USD per month');
    expect(figure("Harbor's $12 ticket is cheap.", '$12').unit).toBe('USD');
    expect(figure('The firm paid S$40 million for the site.', 'S$40 million').unit).toBe('SGD');
  });
});

describe('words around a figure that are a way of speaking are not its label', () => {
  it('skips an idiomatic frame and names what the amount was for', () => {
    expect(labelOf('The county spent heavily on flood defences, to the tune of $3.4 million.', '$3.4 million')).toBe(
      'flood defences',
    );
    expect(labelOf('Grants were handed to small bakeries to the tune of £80,000.', '£80,000')).not.toMatch(/tune/);
    expect(figure('Rebates ran in excess of $2m last year.', '$2m').measures ?? '').not.toMatch(/excess/);
  });

  it('leaves an age between commas out of the label', () => {
    const label = labelOf('Mark Ellis, 47, of Leeds, was fined £500 by magistrates.', '£500');
    expect(label).not.toMatch(/47/);
    expect(label).toMatch(/fined/);
  });

  it('falls back to the words around a figure rather than to nothing', () => {
    expect(labelOf('Many of the 40 flights were cancelled.', '40 flights')).toBe('flights were cancelled');
  });
});

describe('a share that is the subject of its own verb', () => {
  it('is labelled by what it did, not by the share before it', () => {
    const s = 'A survey found that 58% of bakeries sell online, but only 12% made a profit from it last year.';
    expect(labelOf(s, '12%')).toMatch(/^made a profit/);
    expect(labelOf(s, '58%')).toMatch(/bakeries/);
  });
});

describe('a verb of claiming opens a new clause', () => {
  it('leaves who claimed out of the label', () => {
    expect(labelOf('The leak claims the battery will last 30 hours on one charge.', '30 hours')).not.toMatch(/leak/);
  });
});

describe('a weekday before a date', () => {
  it('does not cut the date off from what happens on it', () => {
    expect(labelOf('Tickets for the show go on sale Friday, Dec. 6 at the box office.', 'Dec. 6')).toMatch(
      /go on sale/,
    );
  });
});

describe('a share without an of-phrase', () => {
  it('is labelled by the noun it is the value of, not by the subject of the clause alone', () => {
    const s = 'Looking ahead, the retailer sees full-year sales growth of 2.1 percent, below its earlier guidance.';
    expect(labelOf(s, '2.1 percent')).toMatch(/sales growth/);
  });
});

describe('a count after a possessive', () => {
  it('says whose the counted things are, and what they do when a verb follows', () => {
    expect(labelOf('Io, one of Saturn’s 83 moons, was photographed again.', '83 moons')).toBe('Saturn’s moons');
    expect(labelOf('The airline’s 4,000 pilots would strike on Monday.', '4,000 pilots')).toBe(
      'airline’s pilots … strike',
    );
  });
});
