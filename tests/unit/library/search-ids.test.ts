import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createLibraryDb, type LibraryDb } from '../../../utils/library/db/db';
import { articleTerms } from '../../../utils/library/search/article-terms';
import { searchIds } from '../../../utils/library/search/search-ids';

// Sentences written for this test: a few articles about a harbour among many that share only common words.
const RARE = [
  'The harbour council voted on the new sea wall, which will cost $14m, and their engineers agreed.',
  'Fishermen told the harbour master that the old quay flooded nine times; they want it raised by 40%.',
  '港口委员会批准了500万美元的新防波堤, then the harbour reopened.',
];
const common = (n: number) =>
  `Story ${n}: the town said their budget for the theatre rose to ${n} thousand, then they met again in ${2000 + n}.`;

let db: LibraryDb | undefined;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = undefined;
});

/** A library of term lists only (what searchIds reads), counting the keys and rows its reads return. */
async function library(commonCount: number): Promise<{ db: LibraryDb; reads: { n: number } }> {
  const reads = { n: 0 };
  const made = createLibraryDb(`sift-search-ids-${Math.random().toString(36).slice(2)}`);
  made.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'terms') return table;
        return {
          ...table,
          query: async (req) => {
            const res = await table.query(req);
            reads.n += res.result.length;
            return res;
          },
          getMany: async (req) => {
            const res = await table.getMany(req);
            reads.n += res.length;
            return res;
          },
        };
      },
    }),
  });
  await made.open();
  const texts = [...RARE, ...Array.from({ length: commonCount }, (_, n) => common(n))];
  await made.terms.bulkPut(texts.map((text, k) => ({ id: `a${k}`, terms: articleTerms(`Title ${k}`, text, []) })));
  db = made;
  return { db: made, reads };
}

const sorted = (ids: Set<string> | null) => (ids ? [...ids].sort() : null);

describe('searchIds', () => {
  it('finds the same articles whether the last words are read from the index or the candidates’ lists', async () => {
    const { db } = await library(40);
    const queries = [
      'harbour the',
      'harbour th',
      'harb council',
      'the harbour quay',
      'harbour 40%',
      'harbour $14m',
      '500万 harbour',
      '港口 then',
      'harbour a',
      'harbour t',
      'story 7 theatre',
      'story the their then',
      'harbour nothing',
    ];
    for (const q of queries) {
      const viaIndex = await searchIds(db, q, 0);
      const narrowed = await searchIds(db, q, Infinity);
      expect(sorted(narrowed), q).toEqual(sorted(viaIndex));
    }
    expect(sorted(await searchIds(db, 'harbour the'))).toEqual(['a0', 'a1', 'a2']);
    expect(sorted(await searchIds(db, 'harbour 40%'))).toEqual(['a1']);
    expect(sorted(await searchIds(db, '500万 then'))).toEqual(['a2']);
    // A lone letter is a whole word only, in both ways: "t" is no word here.
    expect(sorted(await searchIds(db, 'harbour t'))).toEqual([]);
  });

  it('reads no more for "harbour the" in a library ten times larger', async () => {
    const small = await library(30);
    await searchIds(small.db, 'harbour the');
    const smallReads = small.reads.n;
    small.db.close();
    await Dexie.delete(small.db.name);

    const large = await library(300);
    await searchIds(large.db, 'harbour the');
    // "harbour" has 3 articles; "the" stands in all 303 and is checked in those 3 lists, not read from the index.
    expect(large.reads.n).toBe(smallReads);
    expect(large.reads.n).toBeLessThan(10);
  });
});
