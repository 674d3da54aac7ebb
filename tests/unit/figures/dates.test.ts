import { describe, expect, it } from 'vitest';
import { extractFigures, type Figure } from '../../../utils/figures';

// Dates resolve against the article's publication date: 3 August 2025.
const published = '2025-08-03T09:00:00Z';
// [sentence, the date's text (substring), value as YYYY / YYYYMM / YYYYMMDD, unit, qualifier as written]
type Row = [string, string, number, string, Figure['qualifier']?];

const rows: Row[] = [
  ['The industry will grow to $140bn by 2030.', 'by 2030', 2030, 'year', 'by'],
  ['In June last year some 8% of firms used AI.', 'June last year', 202406, 'month'],
  ['Last month three labs released models.', 'Last month', 202507, 'month'],
  ['It was broadcast earlier this year.', 'this year', 2025, 'year'],
  ['He predicts falls in the next year or two.', 'next year', 2026, 'year'],
  ['Last year Mr Hu struck out on his own.', 'Last year', 2024, 'year'],
  ['In April the administration banned shipments.', 'April', 202504, 'month'],
  ['In July America reversed course.', 'July', 202507, 'month'],
  ['In September, the company will ship it.', 'September', 202509, 'month'],
  ['Brexit is due to take place on March 29.', 'March 29', 20260329, 'day'],
  ['The operation was carried out on February 11 this year.', 'February 11 this year', 20250211, 'day'],
  ['The talks have run since June of 2018.', 'June of 2018', 201806, 'month'],
  ['Callum Rice-Coates 1 September 2019 11:30', '1 September 2019', 20190901, 'day'],
  ['The report was published on Jan. 24, 2023.', 'Jan. 24, 2023', 20230124, 'day'],
  ['The curtailments start Jan. 1 on larger producers.', 'Jan. 1', 20250101, 'day'],
  ['Notley announced Dec. 2 that the province would act.', 'Dec. 2', 20241202, 'day'],
  ['The hunt runs on Sept. 20-24.', 'Sept. 20-24', 20240920, 'day'],
  ['The rules changed on 2019-09-01 for the desk.', '2019-09-01', 20190901, 'day'],
  ['She graduated in 2016.', 'in 2016', 2016, 'year'],
  ['The temple was built in 1688 by settlers.', 'in 1688', 1688, 'year'],
  ['It has not fracked since 2011.', 'since 2011', 2011, 'year', 'since'],
  ['The plan runs until 2027.', 'until 2027', 2027, 'year', 'until'],
  ['Sales fell before 2020.', 'before 2020', 2020, 'year', 'before'],
  ['The launch is set for sometime after 2021.', 'after 2021', 2021, 'year', 'after'],
  ['Growth slowed from 2009 onwards.', 'from 2009', 2009, 'year', 'from'],
  ['A 1988 horror film returns.', '1988', 1988, 'year'],
  ['He played in the 1970s and 1980s.', '1970s', 1970, 'decade'],
  ['Remains dating back to 3300BC prove its age.', '3300BC', -3300, 'year'],
  ['The Consumer Credit Act 1974 still applies.', '1974', 1974, 'year'],
  ['In 2018, employment for women grew.', 'In 2018', 2018, 'year'],
  ['The deal was signed in early 2024.', 'early 2024', 2024, 'year'],
  ['Sales grew in fiscal 2023 again.', 'fiscal 2023', 2023, 'year'],
  ['The contract was signed in mid-2019.', 'mid-2019', 2019, 'year'],
  ['Prices were higher during 2022.', 'during 2022', 2022, 'year'],
  ['Results for the previous year were weak.', 'previous year', 2024, 'year'],
  ['The figure rose this month.', 'this month', 202508, 'month'],
  ['It will open next month in Paris.', 'next month', 202509, 'month'],
  ['On 31 August the summit opens.', '31 August', 20250831, 'day'],
  ['The merger closed in December 2020.', 'December 2020', 202012, 'month'],
  ['Prices peaked in October and fell.', 'October', 202410, 'month'],
  ['The ballot takes place on May 4.', 'May 4', 20250504, 'day'],
  ['It has been losing money since 2019.', 'since 2019', 2019, 'year', 'since'],
  ['Between 2014 and 2017 the samples were clean.', '2014', 2014, 'year'],
];

describe('extractFigures on dates', () => {
  it('has at least 40 date expressions', () => expect(rows.length).toBeGreaterThanOrEqual(40));

  it.each(rows)('%s → %s', (sentence, surface, value, unit, qualifier) => {
    const dates = extractFigures(sentence, { published }).filter((f) => f.kind === 'date');
    const d = dates.find((f) => f.text.includes(surface) || surface.includes(f.text.trim()));
    expect(d, JSON.stringify(dates.map((f) => f.text))).toBeDefined();
    expect(d!.value).toBe(value);
    expect(d!.unit).toBe(unit);
    expect(d!.qualifier).toBe(qualifier);
    expect(d!.change).toBeUndefined();
  });

  it('leaves relative dates out when the publication date is unknown', () => {
    const dates = extractFigures('Last month the figure had leapt to 43%.').filter((f) => f.kind === 'date');
    expect(dates).toEqual([]);
  });

  it('keeps years out of quantities: "in 2019" is a date, "2019 people" is a count', () => {
    const figs = extractFigures('In 2019, 2019 people signed up.');
    expect(figs.map((f) => [f.kind, f.value])).toEqual([
      ['date', 2019],
      ['count', 2019],
    ]);
  });
});
