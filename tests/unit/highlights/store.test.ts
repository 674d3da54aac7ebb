import { afterEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../../utils/highlights/anchor';
import {
  addHighlight,
  articleHighlights,
  listHighlights,
  removeHighlight,
  updateHighlight,
} from '../../../utils/highlights/store';
import type { NewHighlight } from '../../../utils/highlights/types';
import type { LibraryDb } from '../../../utils/library/db/db';
import { exportLibrary } from '../../../utils/library/transfer/export-library';
import { importLibrary } from '../../../utils/library/transfer/import-library';
import { getArticle } from '../../../utils/library/read/get-article';
import { removeArticle, restoreArticle } from '../../../utils/library/write/remove-article';
import { saveArticle } from '../../../utils/library/write/save-article';
import { makeFakeArticle } from '../library/fake-articles';
import { dropLibrary, freshLibrary, same, snapshot } from '../library/helpers';

const open: LibraryDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await dropLibrary(db);
});
async function library() {
  const db = await freshLibrary();
  open.push(db);
  return db;
}

const TEXT = 'The bridge will cost $40m. Residents asked why the bridge will cost so much.';
function mark(phrase: string, color: NewHighlight['color'] = 'yellow', note = ''): NewHighlight {
  const start = TEXT.indexOf(phrase);
  return { ...describeRange(TEXT, start, start + phrase.length), color, note };
}

async function saved(db: LibraryDb, i: number) {
  return (await saveArticle(db, makeFakeArticle(i), { sanitize: same, now: 1000 + i })).id;
}

describe('highlights store', () => {
  it('adds, changes and removes a highlight on a saved article', async () => {
    const db = await library();
    const id = await saved(db, 1);
    const h = await addHighlight(db, id, mark('$40m', 'green', 'Too much?'), 5000);
    expect(h).toMatchObject({ articleId: id, color: 'green', note: 'Too much?', createdAt: 5000 });
    await updateHighlight(db, h.id, { color: 'pink', note: 'Compare with 2019' }, 6000);
    expect(await articleHighlights(db, id)).toEqual([
      { ...h, color: 'pink', note: 'Compare with 2019', updatedAt: 6000 },
    ]);
    await removeHighlight(db, h.id);
    expect(await articleHighlights(db, id)).toEqual([]);
  });

  it('refuses a highlight on an article that is not saved, or with a bad colour or empty quote', async () => {
    const db = await library();
    await expect(addHighlight(db, 'nope', mark('$40m'))).rejects.toThrow(/not in the library/);
    const id = await saved(db, 1);
    await expect(addHighlight(db, id, { ...mark('$40m'), color: 'red' as never })).rejects.toThrow(/colour/);
    await expect(
      addHighlight(db, id, { ...mark('$40m'), quote: { ...mark('$40m').quote, exact: ' ' } }),
    ).rejects.toThrow();
  });

  it('lists highlights across the library newest first, with titles, searchable by quote, note or title', async () => {
    const db = await library();
    const a = await saved(db, 1);
    const b = await saved(db, 2);
    await addHighlight(db, a, mark('$40m', 'yellow', 'budget line'), 100);
    await addHighlight(db, b, mark('Residents asked'), 200);
    await addHighlight(db, a, mark('so much', 'blue'), 300);
    const all = await listHighlights(db);
    expect(all.map((i) => i.highlight.quote.exact)).toEqual(['so much', 'Residents asked', '$40m']);
    expect(all[1]!.title).toBe(makeFakeArticle(2).title);
    expect((await listHighlights(db, 'BUDGET')).map((i) => i.highlight.quote.exact)).toEqual(['$40m']);
    expect((await listHighlights(db, 'residents')).length).toBe(1);
    const title = makeFakeArticle(2).title;
    expect((await listHighlights(db, title)).map((i) => i.highlight.articleId)).toEqual([b]);
  });

  it('goes with its article on delete and comes back with Undo', async () => {
    const db = await library();
    const id = await saved(db, 1);
    await addHighlight(db, id, mark('$40m', 'yellow', 'kept'));
    const before = await snapshot(db);
    const removed = await removeArticle(db, id);
    expect(await db.highlights.count()).toBe(0);
    await restoreArticle(db, removed!);
    expect(await snapshot(db)).toEqual(before);
  });

  it('survives a re-save of the article (the row is updated, highlights untouched)', async () => {
    const db = await library();
    const id = await saved(db, 1);
    const h = await addHighlight(db, id, mark('$40m'));
    await saveArticle(db, { ...makeFakeArticle(1), text: 'changed' }, { sanitize: same });
    expect(await articleHighlights(db, id)).toEqual([h]);
  });

  it('round-trips through Sift JSON: equal records in a fresh library, ids and notes kept', async () => {
    const a = await library();
    const x = await saved(a, 1);
    const y = await saved(a, 2);
    await addHighlight(a, x, mark('$40m', 'green', 'note one'), 100);
    await addHighlight(a, y, mark('so much', 'pink', 'note two'), 200);
    const file = await exportLibrary(a, 'sift-json');
    const json = JSON.parse(await file.blob.text());
    expect(json.articles.flatMap((e: { highlights: unknown[] }) => e.highlights)).toHaveLength(2);
    const b = await library();
    const report = await importLibrary(b, await file.blob.text(), { sanitize: same });
    expect(report).toMatchObject({ imported: 2, merged: 0, refused: [] });
    expect(await snapshot(b)).toEqual(await snapshot(a));
    // Importing the same file again merges: no duplicate highlights.
    await importLibrary(b, await file.blob.text(), { sanitize: same });
    expect(await b.highlights.count()).toBe(2);
    expect((await getArticle(b, x))!.highlights!.map((h) => h.note)).toEqual(['note one']);
  });

  it('refuses an imported article whose highlight is malformed, and says why', async () => {
    const a = await library();
    await saved(a, 1);
    const json = JSON.parse(await (await exportLibrary(a, 'sift-json')).blob.text());
    json.articles[0].highlights = [{ quote: { exact: 'x' }, color: 'yellow' }];
    const b = await library();
    const report = await importLibrary(b, JSON.stringify(json), { sanitize: same });
    expect(report.imported).toBe(0);
    expect(report.refused[0]!.reason).toMatch(/highlight/);
  });
});
