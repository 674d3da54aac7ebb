import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addHighlight, removeHighlight, updateHighlight } from '../../../utils/highlights/store';
import type { NewHighlight } from '../../../utils/highlights/types';
import { removeArticle } from '../../../utils/library/write/remove-article';
import { syncOnce } from '../../../utils/sync/sync';
import { snapshot } from '../library/helpers';
import { startCouch, type CouchServer } from './couch-server';
import { dropLibraries, library, remoteDb, remoteDocs, save } from './sync-helpers';

// Highlights travel as their own documents (`highlight:<id>`): a set per article that both browsers add to and
// remove from independently, and one highlight edited on both sides keeps the later edit.

let couch: CouchServer;
beforeAll(async () => void (couch = await startCouch()), 60_000);
afterAll(() => couch?.stop());
afterEach(dropLibraries);

const mark = (exact: string, start: number): NewHighlight => ({
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start, end: start + exact.length },
  color: 'yellow',
  note: '',
});

const notes = async (db: Awaited<ReturnType<typeof library>>) =>
  (await db.highlights.orderBy('id').toArray()).map((h) => [h.quote.exact, h.color, h.note]);

describe('highlights through a CouchDB server', () => {
  it('carries highlights as their own documents, and merges two browsers’ additions and removals', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    const id = await save(a, 1);
    const one = await addHighlight(a, id, mark('Spending rose', 0), 1_000);
    const two = await addHighlight(a, id, mark('last year', 30), 1_000);
    await syncOnce(a, remote);
    expect((await remoteDocs(remote)).map((r) => r.id)).toEqual(
      expect.arrayContaining([`highlight:${one.id}`, `highlight:${two.id}`]),
    );
    await syncOnce(b, remote);
    expect(await snapshot(b)).toEqual(await snapshot(a));

    // Apart: B removes one and recolours two; A adds three and writes a note on two, later than B's change.
    await removeHighlight(b, one.id);
    await updateHighlight(b, two.id, { color: 'green' }, 2_000);
    const three = await addHighlight(a, id, mark('This is', 50), 2_500);
    await updateHighlight(a, two.id, { note: 'check the source' }, 3_000);
    await syncOnce(b, remote);
    await syncOnce(a, remote);
    await syncOnce(b, remote);
    await syncOnce(a, remote);

    const expected = [
      [three.quote.exact, 'yellow', ''],
      [two.quote.exact, 'yellow', 'check the source'],
    ].sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
    expect((await notes(a)).sort((x, y) => (x[0]! < y[0]! ? -1 : 1))).toEqual(expected);
    expect(await snapshot(b)).toEqual(await snapshot(a));
    // B's losing edit is kept, not thrown away.
    const record = await b.syncDocs.get(`highlight:${two.id}`);
    expect(JSON.stringify(record?.losers ?? (await a.syncDocs.get(`highlight:${two.id}`))?.losers)).toContain('green');
    // Settled: nothing more moves.
    expect(await syncOnce(a, remote)).toMatchObject({ pulled: 0, pushed: 0 });
    expect(await syncOnce(b, remote)).toMatchObject({ pulled: 0, pushed: 0 });
  });

  it('removes an article’s highlights on the other side when the article is deleted', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    const id = await save(a, 2);
    await addHighlight(a, id, mark('Spending rose', 0), 1_000);
    await syncOnce(a, remote);
    await syncOnce(b, remote);
    expect(await b.highlights.count()).toBe(1);
    await removeArticle(b, id);
    await syncOnce(b, remote);
    await syncOnce(a, remote);
    expect(await a.articles.count()).toBe(0);
    expect(await a.highlights.count()).toBe(0);
  });
});

describe('a highlight on an article deleted meanwhile', () => {
  it('goes with the article on both sides (no orphan), and both settle', async () => {
    const remote = await remoteDb(couch.url);
    const [a, b] = [await library(), await library()];
    const id = await save(a, 3);
    await syncOnce(a, remote);
    await syncOnce(b, remote);
    // Apart: A highlights the article, B deletes it (B never saw the highlight).
    const late = await addHighlight(a, id, mark('Spending rose', 0), 2_000);
    await removeArticle(b, id);
    await syncOnce(b, remote);
    await syncOnce(a, remote);
    await syncOnce(b, remote);
    for (const db of [a, b]) {
      expect(await db.articles.count()).toBe(0);
      expect(await db.highlights.count()).toBe(0);
    }
    expect((await remoteDocs(remote)).find((r) => r.id === `highlight:${late.id}`)).toBeUndefined();
    expect(await syncOnce(a, remote)).toMatchObject({ pulled: 0, pushed: 0 });
    expect(await syncOnce(b, remote)).toMatchObject({ pulled: 0, pushed: 0 });
  });
});
