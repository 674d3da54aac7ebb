// Issue 12, item 3 ("labels say what and whose"): causes of labels that named the wrong owner, borrowed a subject
// from another clause or cut a clause mid-way, with sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';
import { figureLabel } from '../../../utils/figures/figure-label';

const labelOf = (text: string, surface: string) => {
  const f = extractFigures(text).find((x) => x.text === surface);
  if (!f) throw new Error(`no ${surface} in: ${text}`);
  return figureLabel(f, [], 'en');
};

describe('a subject is not borrowed from another clause', () => {
  it('labels a figure that opens its clause by its own verb', () => {
    const l = labelOf(
      "The league's first round finished on Sunday, and 20 teams have booked their places.",
      '20 teams',
    );
    expect(l).toMatch(/booked their places/);
    expect(l).not.toMatch(/round/);
  });

  it('does not cross a semicolon, and names the speaker a pronoun stands for', () => {
    const s =
      'The merged airline may not change course; Smith has said that he expects to save as much as $200 million.';
    const l = labelOf(s, '$200 million');
    expect(l).toBe('Smith … expects to save');
  });

  it('leaves a source that suggests a figure out, keeping what it is a figure of', () => {
    const s = 'The charity believes the real number of victims is higher, with reports suggesting as many as 300 died.';
    expect(labelOf(s, '300')).not.toMatch(/reports|suggest/);
  });
});

describe('whose share it is', () => {
  it('names the noun before a relative clause of composing', () => {
    expect(
      labelOf('He needs the rural voters who make up roughly two-thirds of the county’s electorate.', 'two-thirds'),
    ).toBe('rural voters … county’s electorate');
    expect(
      labelOf('Rural voters, who make up roughly two-thirds of the electorate, stayed home.', 'two-thirds'),
    ).toMatch(/^Rural voters … /);
  });

  it('names the sentence’s subject when a participle opens the clause', () => {
    const s = 'Solar farms generated a record 9 gigawatts on Monday, supplying more than 30% of the state’s power.';
    expect(labelOf(s, '30%')).toBe('Solar farms … state’s power');
  });

  it('keeps the plain of-phrase when no verb of composing says whose', () => {
    expect(labelOf('About 40% of the town’s shops closed early.', '40%')).not.toMatch(/…/);
  });
});

describe('what a relative pronoun or a modifier stands for', () => {
  it('reads "which" as the noun phrase after the verb before it, kept short', () => {
    const s = 'The firm relied on the sale of carbon permits to other utilities, which brought in $40 million.';
    expect(labelOf(s, '$40 million')).toBe('sale of carbon permits brought');
  });

  it('leaves a modifier holding another figure out of a count’s label', () => {
    const s = 'At least 106 protesters in 21 cities have been killed, according to reports.';
    expect(labelOf(s, '106 protesters')).toBe('protesters … killed');
  });

  it('labels a figure inside a noun’s phrase by that noun and the verb after it', () => {
    expect(labelOf('At least 106 protesters in 21 cities have been killed, according to reports.', '21 cities')).toBe(
      'protesters … killed',
    );
    expect(
      labelOf('The addition of 12 new routes was announced over the weekend by the airline.', '12 new routes'),
    ).toBe('addition … announced over the weekend');
  });
});

describe('a label is never cut inside a phrase', () => {
  it('ends a long noun phrase before its prepositions rather than mid-way', () => {
    const l = labelOf(
      'Patients can breathe 80% to 90% pure oxygen from a disposable nasal cannula along with scents.',
      '80% to 90%',
    );
    expect(l).toBe('pure oxygen');
  });

  it('reads a verb after an amount as its predicate, whole, not as a noun it qualifies', () => {
    const s = 'When the startup applied for a grant, 2m yuan ($280,000) appeared in its account within eight minutes.';
    expect(labelOf(s, '2m yuan ($280,000)')).toBe('appeared in its account within eight minutes');
  });
});

describe('an abbreviation inside a sentence is no clause bound', () => {
  it('keeps "U.S." and initials whole, with their full stop', () => {
    const l = labelOf('Some 300 U.S. military personnel are believed to remain at the desert base.', '300');
    expect(l).toMatch(/^U\.S\. military personnel/);
    expect(labelOf('Out of 17 samples taken by the W. M. Keck lab in Ohio, only one was clean.', '17 samples')).toMatch(
      /Keck lab/,
    );
  });

  it('keeps a since-phrase after a duration', () => {
    expect(
      labelOf('To mark 40 years since the club’s founding, former players will play a match.', '40 years'),
    ).toMatch(/club’s founding$/);
  });
});

describe('an amount before a noun says whose it is', () => {
  it('keeps the possessive before the amount, and leaves a rate joined to it out of the noun', () => {
    expect(labelOf('The mayor unveiled the city’s $4.1bn transit budget on Monday.', '$4.1bn')).toBe(
      'city’s transit budget',
    );
    expect(labelOf('The studio’s $6.99-a-month service is cheap.', '$6.99-a-month')).toBe('studio’s service');
  });
});
