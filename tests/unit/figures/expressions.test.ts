import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';
import type { Figure } from '../../../utils/figures';

// [sentence in the style of news copy, the figure's text (a substring of it), kind, value, unit, change]
type Row = [string, string, Figure['kind'], Figure['value'], string | undefined, Figure['change']?];

const money: Row[] = [
  ['Revenue in the quarter rose to $7.36 billion from a year earlier.', '$7.36 billion', 'money', 7.36e9, 'USD'],
  ['The deficit widened by $43.6bn last year.', '$43.6bn', 'money', 43.6e9, 'USD'],
  ['The group agreed a £6m golden hello for its new chief.', '£6m', 'money', 6e6, 'GBP'],
  ['It launched an £8.1bn hostile takeover.', '£8.1bn', 'money', 8.1e9, 'GBP'],
  ['Shares closed at €12.40 in Frankfurt.', '€12.40', 'money', 12.4, 'EUR'],
  ['The bank set aside 92 million yuan for the purchase.', '92 million yuan', 'money', 92e6, 'CNY'],
  ['Sales reached 1.5 trillion yen in the year to March.', '1.5 trillion yen', 'money', 1.5e12, 'JPY'],
  ['Turnover was 1.23 billion shekels on the day.', '1.23 billion shekels', 'money', 1.23e9, 'ILS'],
  ['The state approved Rs 5 crore for the project.', 'Rs 5 crore', 'money', 5e7, 'INR'],
  ['The farm loan waiver costs ₹2 lakh per family.', '₹2 lakh', 'money', 2e5, 'INR'],
  ['A notebook for 1,200€ is not cheap.', '1,200€', 'money', 1200, 'EUR'],
  ['The yacht was quoted at USD10m.', 'USD10m', 'money', 1e7, 'USD'],
  ['Passengers paid a total of HK$216,925 for the flights.', 'HK$216,925', 'money', 216925, 'HKD'],
  ['The offer values the miner at C$6 a share.', 'C$6 a share', 'money', 6, 'CAD per share'],
  ['The plan costs A$4.2b over four years.', 'A$4.2b', 'money', 4.2e9, 'AUD'],
  ['Launderers moved almost S$1m through the accounts.', 'S$1m', 'money', 1e6, 'SGD', 'approx'],
  ['The plan costs RM79 a month.', 'RM79 a month', 'money', 79, 'MYR per month'],
  ['Brent crude rose to $87 a barrel.', '$87 a barrel', 'money', 87, 'USD per barrel'],
  ['Gold was marginally higher at $1,271.2 an ounce.', '$1,271.2 an ounce', 'money', 1271.2, 'USD per ounce'],
  ['Prices range from $370,000 to $5.5 million.', '$370,000 to $5.5 million', 'money', [370000, 5.5e6], 'USD'],
  ['Let us get from $10 to $15 billion first.', '$10 to $15 billion', 'money', [10e9, 15e9], 'USD'],
  [
    'Guidance was cut to between $140 million and $150 million.',
    '$140 million and $150 million',
    'money',
    [140e6, 150e6],
    'USD',
  ],
  ['Analysts expect $3bn-$5bn in writedowns.', '$3bn-$5bn', 'money', [3e9, 5e9], 'USD'],
  ['The trade balance fell to $-50.8bn in April.', '$-50.8bn', 'money', -50.8e9, 'USD'],
  ['A subsidy of 3m yuan ($420,000) arrived.', '3m yuan ($420,000)', 'money', 3e6, 'CNY'],
  ['Turnover reached 1.3 billion shekels ($350 million).', '1.3 billion shekels ($350 million)', 'money', 1.3e9, 'ILS'],
  ['He lost more than $30 billion in a week.', '$30 billion', 'money', 30e9, 'USD', 'more-than'],
  ['The fine could reach up to $5 million.', '$5 million', 'money', 5e6, 'USD', 'less-than'],
  ['It sold for about $200 billion.', '$200 billion', 'money', 200e9, 'USD', 'approx'],
  ['Reserves are worth tens of millions of dollars.', 'tens of millions of dollars', 'money', [1e7, 1e8], 'USD'],
  ['It is a million dollar house.', 'million dollar', 'money', 1e6, 'USD'],
  ['The contract rose 19 cents to settle.', '19 cents', 'money', 19, 'cent', 'up'],
  ['A ticket cost 150 euros in the evening.', '150 euros', 'money', 150, 'EUR'],
  ['Bail was set at $500 US on Monday.', '$500 US', 'money', 500, 'USD'],
  ['The pound may hit $1.25 sterling.', '$1.25 sterling', 'money', 1.25, 'GBP'],
  [
    'The fund raised 8.99 Australian dollars per month from each member.',
    '8.99 Australian dollars per month',
    'money',
    8.99,
    'AUD per month',
  ],
  ['The fare was 2,500 rupees for the trip.', '2,500 rupees', 'money', 2500, 'INR'],
  ['The startup raised 500 million renminbi.', '500 million renminbi', 'money', 5e8, 'CNY'],
  ['Profit was Y=100 million in the year.', 'Y=100 million', 'money', 1e8, 'JPY'],
  ['A 5,000 won coffee is common in Seoul.', '5,000 won', 'money', 5000, 'KRW'],
];

const percent: Row[] = [
  ['Nvidia advanced 8%, Qualcomm rose 4%.', '8%', 'percent', 8, 'percent', 'up'],
  ['Healthcare dropped 1.61% on the day.', '1.61%', 'percent', 1.61, 'percent', 'down'],
  ['The index was up about 19 per cent for the year.', '19 per cent', 'percent', 19, 'percent', 'up'],
  ['The shares trade at a 24pc discount.', '24pc', 'percent', 24, 'percent'],
  ['Just 1 percent see the economy growing.', '1 percent', 'percent', 1, 'percent'],
  ['Some 8% of firms use generative AI.', '8%', 'percent', 8, 'percent', 'approx'],
  ['Growth is forecast at 8-10% next year.', '8-10%', 'percent', [8, 10], 'percent'],
  ['The forecast was cut from 5 to 7 per cent.', '5 to 7 per cent', 'percent', [5, 7], 'percent'],
  ['Margins improved by 60 basis points.', '60 basis points', 'percent', 60, 'basis point', 'up'],
  ['Unemployment rose 0.3 percentage points.', '0.3 percentage points', 'percent', 0.3, 'percentage point', 'up'],
  ['The false positive rate fell to .001 per cent.', '.001 per cent', 'percent', 0.001, 'percent'],
  ['Nissan is 43.4 percent-owned by Renault.', '43.4 percent', 'percent', 43.4, 'percent'],
  ['Fewer than 20 percent of spending is in cash.', '20 percent', 'percent', 20, 'percent', 'less-than'],
  ['Tesla shares are up nearly 57% this year.', '57%', 'percent', 57, 'percent', 'up'],
  ['Adani lost more than 60% of its market value.', '60%', 'percent', 60, 'percent', 'more-than'],
  ['The market is growing almost five percent a year.', 'five percent a year', 'percent', 5, 'percent per year'],
  ['Only 9% saw real benefit in productivity.', '9%', 'percent', 9, 'percent'],
  ['Mortgage rates climbed to 6.7% this week.', '6.7%', 'percent', 6.7, 'percent'],
  ['The tariff is a 25% duty on imports.', '25%', 'percent', 25, 'percent'],
  ['Turnover fell 40.8 per cent on Tuesday.', '40.8 per cent', 'percent', 40.8, 'percent', 'down'],
  ['Inflation is expected to rise only to 1.9% next year.', '1.9%', 'percent', 1.9, 'percent'],
  ['Lenders offer 95 per cent loan-to-value mortgages.', '95 per cent', 'percent', 95, 'percent'],
  ['Volvo shares were down 11.9% by noon.', '11.9%', 'percent', 11.9, 'percent', 'down'],
  ['The stock slid 0.8% after the fire.', '0.8%', 'percent', 0.8, 'percent', 'down'],
  ['Die Inflation lag bei 2,5 % im Mai.', '2,5 %', 'percent', 2.5, 'percent'],
];

const counts: Row[] = [
  [
    'More than 300 Chinese hospitals already use DeepSeek.',
    '300 Chinese hospitals',
    'count',
    300,
    'Chinese hospitals',
    'more-than',
  ],
  ['Ford has 13,000 workers in the United Kingdom.', '13,000 workers', 'count', 13000, 'workers'],
  ['Dell is eliminating about 6,650 roles.', '6,650 roles', 'count', 6650, 'roles', 'approx'],
  ['The airline will suspend 36,000 staff.', '36,000 staff', 'count', 36000, 'staff'],
  ['Shootings at two mosques killed dozens.', 'two mosques', 'count', 2, 'mosques'],
  ['Three Chinese labs introduced new models.', 'Three Chinese labs', 'count', 3, 'Chinese labs'],
  ['He made 26 saves in the game.', '26 saves', 'count', 26, 'saves'],
  ['The club let 14 first-team players leave.', '14 first-team players', 'count', 14, 'first-team players'],
  ['Dozens of people were killed on Friday.', 'Dozens of people', 'count', [12, 120], 'people'],
  ['Millions of Americans had their data exposed.', 'Millions of Americans', 'count', [1e6, 1e7], 'Americans'],
  [
    'There are tens of thousands of students in the city.',
    'tens of thousands of students',
    'count',
    [1e4, 1e5],
    'students',
  ],
  ['Sales rose to 3.9 million headsets in 2018.', '3.9 million headsets', 'count', 3.9e6, 'headsets'],
  ['Amazon has 35m Echo devices in homes.', '35m Echo devices', 'count', 35e6, 'Echo devices'],
  [
    'The port moved 9.3 million shipping containers.',
    '9.3 million shipping containers',
    'count',
    9.3e6,
    'shipping containers',
  ],
  [
    'A trial will begin with 1,100 public housing properties.',
    '1,100 public housing properties',
    'count',
    1100,
    'public housing properties',
  ],
  [
    'The hospital has performed more than 700 heart transplants.',
    '700 heart transplants',
    'count',
    700,
    'heart transplants',
    'more-than',
  ],
  ['There were 4 hundred million people.', '4 hundred million people', 'count', 4e8, 'people'],
  ['There are four to five thousand people.', 'four to five thousand people', 'count', [4000, 5000], 'people'],
  ['Two ride-hailing firms employed him.', 'Two ride-hailing firms', 'count', 2, 'ride-hailing firms'],
  ['He bought a dozen eggs.', 'a dozen eggs', 'count', 12, 'eggs'],
  ['It has eight more picks this year.', 'eight more picks', 'count', 8, 'more picks'],
  ['The company hired 125,600 people in 2018.', '125,600 people', 'count', 125600, 'people'],
  ['One early-stage investor who visits often agreed.', 'One early-stage investor', 'count', 1, 'early-stage investor'],
  [
    'About 460 Kia and Hyundai vehicles were stolen.',
    '460 Kia and Hyundai vehicles',
    'count',
    460,
    'Kia and Hyundai vehicles',
    'approx',
  ],
  ['He averaged 7.3 points and 3.7 rebounds.', '3.7 rebounds', 'count', 3.7, 'rebounds'],
  [
    'The 11 member trade agreement covers 13 percent of trade.',
    '11 member trade agreement',
    'count',
    11,
    'member trade agreement',
  ],
  ['Orbiting more than 3200 times, the station kept going.', '3200 times', 'count', 3200, 'times', 'more-than'],
  ['The Dow rose 64.06 points to 4,577.10.', '4,577.10', 'count', 4577.1, 'points'],
  ['68,400 people were jobless for a year and 95,800 for longer.', '95,800', 'count', 95800, 'people'],
  ['The firm has 59 users, mostly from Canada.', '59 users', 'count', 59, 'users'],
];

const quantities: Row[] = [
  ['The car makes 275 pound-feet of torque at 3000 rpm.', '3000 rpm', 'quantity', 3000, 'revolution per minute'],
  ['The figure drops to 87 mph (140 km/h).', '87 mph (140 km/h)', 'quantity', 87, 'mile per hour'],
  ['The boot stands at 24.5 cubic feet.', '24.5 cubic feet', 'quantity', 24.5, 'cubic foot'],
  ['The aircraft is 72.7 metres long.', '72.7 metres', 'quantity', 72.7, 'metre'],
  ['The vessel will be 18 meters in depth.', '18 meters', 'quantity', 18, 'metre'],
  ['The solar cells are 0.03 millimeter slim.', '0.03 millimeter', 'quantity', 0.03, 'millimetre'],
  ['The bridge will be roughly 1,300 meters long.', '1,300 meters', 'quantity', 1300, 'metre', 'approx'],
  ['The highway will stretch over 2,000km.', '2,000km', 'quantity', 2000, 'kilometre', 'more-than'],
  ['Antarctica is losing about 127 gigatonnes of ice a year.', '127 gigatonnes', 'quantity', 127, 'gigaton', 'approx'],
  ['It will cool gas to minus 260 degrees Fahrenheit.', 'minus 260 degrees Fahrenheit', 'quantity', -260, 'fahrenheit'],
  ['The oven can hit 500 degrees celsius.', '500 degrees celsius', 'quantity', 500, 'celsius'],
  ['The phone has 256GB of storage.', '256GB', 'quantity', 256, 'gigabyte'],
  ['The plan offers 30Mbps for most homes.', '30Mbps', 'quantity', 30, 'megabit per second'],
  ['The 1.6 liter engine makes 296 hp.', '296 hp', 'quantity', 296, 'horsepower'],
  ['It produces 450 Nm of torque.', '450 Nm', 'quantity', 450, 'newton metre'],
  ['It needs a 5kW solar panel system.', '5kW', 'quantity', 5, 'kilowatt'],
  ['Panasonic may add over 35 GWh of capacity.', '35 GWh', 'quantity', 35, 'gigawatt hour', 'more-than'],
  ['Carbon levels reached 1200 parts per million.', '1200 parts per million', 'quantity', 1200, 'part per million'],
  ['Water samples showed 4 ppb of lead.', '4 ppb', 'quantity', 4, 'part per billion'],
  ['It curtails 325,000 barrels per day of output.', '325,000 barrels per day', 'quantity', 325000, 'barrel per day'],
  ['The plant produced 1 million barrels of oil.', '1 million barrels', 'quantity', 1e6, 'barrel'],
  ['It will make 1.2m tons of ilmenite.', '1.2m tons', 'quantity', 1.2e6, 'ton'],
  ['The UK uses 12.3m tonnes of jet fuel a year.', '12.3m tonnes', 'quantity', 12.3e6, 'metric ton'],
  ['The robots measure 15.5 cm (6.1 inches) across.', '15.5 cm (6.1 inches)', 'quantity', 15.5, 'centimetre'],
  ['The moths can fly more than 100 kilometers.', '100 kilometers', 'quantity', 100, 'kilometre', 'more-than'],
  ['Wind speeds reach up to 60mph.', '60mph', 'quantity', 60, 'mile per hour', 'less-than'],
  ['The grid frequency fell to 49.55 Hz on Monday.', '49.55 Hz', 'quantity', 49.55, 'hertz'],
  ['A 550 megawatt solar farm was downgraded.', '550 megawatt', 'quantity', 550, 'megawatt'],
  ['The estate covers 3923 sq m.', '3923 sq m', 'quantity', 3923, 'square metre'],
  ['It will take 311 square miles off the coast.', '311 square miles', 'quantity', 311, 'square mile'],
  ['The speed of sound is approximately 661 knots.', '661 knots', 'quantity', 661, 'knot', 'approx'],
  ['The SUV has a standard 3.5-liter V-6.', '3.5-liter', 'quantity', 3.5, 'litre'],
  ['The screen is 6.1 inches wide.', '6.1 inches', 'quantity', 6.1, 'inch'],
  ['A 750 meter swim starts the race.', '750 meter', 'quantity', 750, 'metre'],
  ['The pixel pitch was 352 μm.', '352 μm', 'quantity', 352, 'micrometre'],
  ['Each sample weighed about 45g.', '45g', 'quantity', 45, 'gram', 'approx'],
  ['He dropped from 208 pounds to 193.', '208 pounds to 193', 'quantity', [208, 193], 'pound'],
  ['The 65-year-old worries about the turbines.', '65-year-old', 'quantity', 65, 'year of age'],
  ['Senard, 65, now faces a hard task.', '65', 'quantity', 65, 'year of age'],
  [
    'Adults consume about 2000 - 2500 calories a day.',
    '2000 - 2500 calories a day',
    'quantity',
    [2000, 2500],
    'calorie per day',
    'approx',
  ],
  ['He was travelling at 15-22 miles per hour.', '15-22 miles per hour', 'quantity', [15, 22], 'mile per hour'],
  ['Temperatures were 2.1°C above average.', '2.1°C', 'quantity', 2.1, 'celsius'],
];

const durations: Row[] = [
  ['The money arrived within eight minutes.', 'eight minutes', 'duration', 8, 'minute', 'less-than'],
  ['Nuclear fusion will feed the grid in 15 years.', '15 years', 'duration', 15, 'year'],
  ['It has been six months since the breakthrough.', 'six months', 'duration', 6, 'month'],
  ['The economy struggled during those three months.', 'three months', 'duration', 3, 'month'],
  ['CN has 30 days to pay back the revenue.', '30 days', 'duration', 30, 'day'],
  ['Charging takes fewer than 20 minutes.', '20 minutes', 'duration', 20, 'minute', 'less-than'],
  ['A Mars day is 24 hours and 39 minutes long.', '24 hours', 'duration', 24, 'hour'],
  ['The G70 hits 62 mph in 7.2 seconds.', '7.2 seconds', 'duration', 7.2, 'second'],
  ['He was unemployed for one to two years.', 'one to two years', 'duration', [1, 2], 'year'],
  ['The hunt runs over five weeks this fall.', 'five weeks', 'duration', 5, 'week', 'more-than'],
  ['The project took three decades.', 'three decades', 'duration', 3, 'decade'],
  ['Cooking takes 25-40 min for four fillets.', '25-40 min', 'duration', [25, 40], 'minute'],
  ['The value will rise in seven to 10 years.', 'seven to 10 years', 'duration', [7, 10], 'year'],
  ['The firm has struggled over the past two years.', 'two years', 'duration', 2, 'year'],
];

const ratios: Row[] = [
  ['Inference costs have fallen by an order of magnitude.', 'an order of magnitude', 'ratio', 10, 'times'],
  ['Revenue grew more than sixfold in a decade.', 'sixfold', 'ratio', 6, 'times', 'up'],
  ['The number of users tripled last year.', 'tripled', 'ratio', 3, 'times', 'up'],
  ['He consulted for twice as many units this year.', 'twice', 'ratio', 2, 'times'],
  ['Storage doubled to 256GB.', 'doubled', 'ratio', 2, 'times', 'up'],
  ['The subsidy was halved in March.', 'halved', 'ratio', 0.5, 'times', 'down'],
  ['A 10-fold increase in cases was reported.', '10-fold', 'ratio', 10, 'times', 'up'],
  ['Nearly two-thirds of the sales came from discs.', 'two-thirds', 'ratio', 2 / 3, undefined],
  ['A third of the population lives in the south east.', 'A third', 'ratio', 1 / 3, undefined],
  ['Half the condos have sold.', 'Half', 'ratio', 0.5, undefined],
  ['Costs fell by two orders of magnitude.', 'two orders of magnitude', 'ratio', 100, 'times'],
];

const numbers: Row[] = [
  ['The index closed at 27,349.19 on Friday.', '27,349.19', 'count', 27349.19, undefined],
  ['Prices will go up by an average of 1500.', '1500', 'count', 1500, undefined],
  ['The S8 will be around 25k cheaper.', '25k', 'count', 25000, undefined, 'approx'],
  ['The Dax fell 0.4 per cent to 13176.', '13176', 'count', 13176, undefined],
  ['Horsepower jumped from 240 to 273.', '240 to 273', 'count', [240, 273], undefined],
  ['About 1000 come from Asia.', '1000', 'count', 1000, undefined, 'approx'],
  ['Der Umsatz stieg auf 1.234,5 Millionen.', '1.234,5 Millionen', 'count', 1234.5e6, undefined],
  ['One US fluid ounce is 1/16 of a US pint.', '1/16 of a US pint', 'quantity', 0.0625, 'pint'],
  ['Turnout reached 3/4 of voters.', '3/4', 'count', 0.75, undefined],
  ['It has 35m of its Echo devices in homes.', '35m of its Echo devices', 'count', 35e6, 'Echo devices'],
  ['The stock target is $7/$9 a share.', '$7/$9 a share', 'money', [7, 9], 'USD per share'],
  [
    'The state will provide three thousand tests per day.',
    'three thousand tests per day',
    'count',
    3000,
    'tests per day',
  ],
  ['The recipe needs 2½ cups of flour.', '2½ cups', 'count', 2.5, 'cups'],
];

const table = [...money, ...percent, ...counts, ...quantities, ...durations, ...ratios, ...numbers];

describe('extractFigures on news expressions', () => {
  it('has a table of at least 150 expressions covering every kind but dates', () => {
    expect(table.length).toBeGreaterThanOrEqual(150);
    expect(new Set(table.map((r) => r[2]))).toEqual(
      new Set(['money', 'percent', 'count', 'quantity', 'duration', 'ratio']),
    );
  });

  it.each(table)('%s → %s', (sentence, surface, kind, value, unit, change) => {
    const lang = /Inflation lag|Umsatz/.test(sentence) ? 'de' : null;
    const figures = extractFigures(sentence, { lang });
    const fig =
      figures.find((f) => f.text === surface) ??
      figures.find((f) => f.text.includes(surface) || surface.includes(f.text));
    expect(fig, JSON.stringify(figures.map((f) => f.text))).toBeDefined();
    expect(fig!.kind).toBe(kind);
    if (Array.isArray(value)) {
      expect(fig!.value).toEqual(value.map((v) => expect.closeTo(v, 6)));
    } else {
      expect(fig!.value).toBeCloseTo(value, 6);
    }
    expect(fig!.unit).toBe(unit);
    if (change) expect(fig!.change).toBe(change);
    expect(sentence.slice(fig!.start, fig!.end)).toBe(fig!.text);
  });
});
