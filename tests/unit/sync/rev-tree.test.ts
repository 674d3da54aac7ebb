import { describe, expect, it } from 'vitest';
import { mergeLeaves } from '../../../utils/sync/merge';
import { canonicalJson, makeRev } from '../../../utils/sync/rev-id';
import { addRevision, commonAncestor, conflicts, historyOf, winner, type RevNode } from '../../../utils/sync/rev-tree';

const node = (rev: string, parent: string | null, deleted = false): RevNode => ({ rev, parent, deleted });

describe('revision tree', () => {
  it('picks CouchDB’s winner: live before deleted, longer path, then the higher hash', () => {
    const tree = [node('1-a', null), node('2-b', '1-a'), node('2-c', '1-a'), node('3-d', '2-b', true)];
    // 3-d is longest but a tombstone; of the live 2-b and 2-c the higher hash wins.
    expect(winner(tree)?.rev).toBe('2-c');
    expect(conflicts(tree)).toEqual([]); // 2-b is not a leaf any more
    const three = [...tree, node('3-e', '2-b')];
    expect(winner(three)?.rev).toBe('3-e');
    expect(conflicts(three).map((n) => n.rev)).toEqual(['2-c']);
    // The same set in another order gives the same winner.
    expect(winner([...three].reverse())?.rev).toBe('3-e');
    // All deleted: the longest tombstone.
    expect(
      winner([node('1-a', null), node('2-x', '1-a', true), node('3-y', '2-z', true), node('2-z', '1-a')])?.rev,
    ).toBe('3-y');
  });

  it('adds a revision with its history, bare ancestors included, and gives the history back', () => {
    let tree = addRevision([], { start: 3, ids: ['c', 'b', 'a'] }, { deleted: false, tags: ['x'] });
    expect(tree.map((n) => [n.rev, n.parent])).toEqual([
      ['3-c', '2-b'],
      ['2-b', '1-a'],
      ['1-a', null],
    ]);
    tree = addRevision(tree, { start: 3, ids: ['d', 'b', 'a'] }, { deleted: false, tags: ['y'] });
    expect(tree).toHaveLength(4);
    expect(historyOf(tree, '3-d')).toEqual({ start: 3, ids: ['d', 'b', 'a'] });
    expect(commonAncestor(tree, '3-c', '3-d')?.rev).toBe('2-b');
    // Adding a known leaf again changes nothing it knew.
    expect(addRevision(tree, { start: 3, ids: ['c', 'b', 'a'] }, { deleted: false, tags: ['z'] })).toEqual(tree);
  });

  it('makes revision ids from content, whatever the order of keys', async () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    const one = await makeRev('1-a', { x: 1, y: 2 });
    expect(one).toMatch(/^2-[0-9a-f]{32}$/);
    expect(await makeRev('1-a', { y: 2, x: 1 })).toBe(one);
    expect(await makeRev('1-b', { x: 1, y: 2 })).not.toBe(one);
  });
});

describe('Sift merge of concurrent leaves', () => {
  const leaf = (tags: string[], read = false, readAt = 0, progress = 0, progressAt = 0) => ({
    tags,
    read,
    readAt,
    progress,
    progressAt,
  });

  it('lets a removal win only over the tag it saw', () => {
    // Base had a, b. One side removed b and added c; the other added d.
    const merged = mergeLeaves([leaf(['a', 'c']), leaf(['a', 'b', 'd'])], ['a', 'b']);
    expect(merged.tags).toEqual(['a', 'c', 'd']);
    // One side removed a tag the other added anew (the base never had it): the addition stays.
    expect(mergeLeaves([leaf([]), leaf(['new'])], []).tags).toEqual(['new']);
    // Nothing known of the base: nothing is known to be removed.
    expect(mergeLeaves([leaf(['a']), leaf(['b'])], undefined).tags).toEqual(['a', 'b']);
  });

  it('takes read state and progress from the latest change of each, independently', () => {
    const merged = mergeLeaves([leaf([], true, 10, 0.2, 50), leaf([], false, 20, 0.9, 40)], []);
    expect(merged).toMatchObject({ read: false, readAt: 20, progress: 0.2, progressAt: 50 });
    // A tie goes to the winner (first), the same on every device.
    expect(mergeLeaves([leaf([], true, 5), leaf([], false, 5)], []).read).toBe(true);
  });
});
