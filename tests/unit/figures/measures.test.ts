import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';

// [sentence, figure text, what it measures]
const rows: [string, string, string][] = [
  ["Morgan Stanley predicts that China's AI industry will grow to $140bn by 2030.", '$140bn', "China's AI industry"],
  ['McClatchy reported a loss of $304.7 million on revenue of $167.4 million.', '$304.7 million', 'McClatchy loss'],
  ['McClatchy reported a loss of $304.7 million on revenue of $167.4 million.', '$167.4 million', 'McClatchy revenue'],
  [
    'New vehicle sales in the Houston area plunged 10 percent last month.',
    '10 percent',
    'New vehicle sales in the Houston area',
  ],
  ['Truck and SUV sales are down 2.6 percent, while sedan sales are down 12.3 percent.', '12.3 percent', 'sedan sales'],
  [
    'Accenture found that 46% of Chinese firms have broadly integrated generative AI.',
    '46%',
    'Chinese firms have broadly integrated generative AI',
  ],
  [
    'In April researchers asked if the more than 300 Chinese hospitals already using DeepSeek were moving too fast.',
    '300 Chinese hospitals',
    'Chinese hospitals already using DeepSeek',
  ],
  [
    'It would need to make a required minimum contribution of $124 million to its pension fund.',
    '$124 million',
    'required minimum contribution',
  ],
  ['Revenue grew 12% to $4.2bn. That figure beat forecasts by $0.3bn.', '$4.2bn', 'Revenue'],
];

describe('what a figure measures', () => {
  it.each(rows)('%s → %s', (sentence, text, measures) => {
    const fig = extractFigures(sentence).find((f) => f.text === text);
    expect(fig?.measures).toBe(measures);
  });

  it('says nothing rather than something wrong when the clause has no subject', () => {
    const fig = extractFigures('It costs $5.').find((f) => f.text === '$5');
    expect(fig?.measures).toBeUndefined();
  });
});
