// Sift's merge of concurrent edits to one article, on top of CouchDB's winner. Pure and order-independent
// given the same inputs, so every device that resolves a conflict makes the same merged revision.

export interface LeafState {
  tags: string[];
  read: boolean;
  readAt: number;
  progress: number;
  progressAt: number;
}

/**
 * `leaves` in CouchDB's winner order (winner first). `base` is the tags of the revision they all descend from,
 * when the tree still knows it. A tag the base had stays only if every leaf kept it (a removal wins over the
 * tag it saw); a tag the base lacked was added by someone and stays (a removal cannot win over a tag it never
 * saw). Without a base nothing is known to be removed: the union. Read state and progress: the latest change.
 */
export function mergeLeaves(leaves: readonly LeafState[], base: readonly string[] | undefined): LeafState {
  const tags = mergeSets(
    leaves.map((leaf) => leaf.tags),
    base,
  );
  // Ties go to the earlier leaf in winner order: the same on every device.
  const latest = (key: 'readAt' | 'progressAt') =>
    leaves.reduce((best, leaf) => (leaf[key] > best[key] ? leaf : best), leaves[0]!);
  const byRead = latest('readAt');
  const byProgress = latest('progressAt');
  return {
    tags,
    read: byRead.read,
    readAt: byRead.readAt,
    progress: byProgress.progress,
    progressAt: byProgress.progressAt,
  };
}

/**
 * Sets edited concurrently (tags, a site's rules), `lists` in winner order: an item `base` had stays only if
 * every list kept it; an item `base` lacked was added by someone and stays. No base: the union. Winner order first.
 */
export function mergeSets(lists: readonly (readonly string[])[], base: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  for (const list of lists) {
    for (const item of list) if (!seen.has(item) && seen.add(item)) order.push(item);
  }
  const had = new Set(base ?? []);
  return order.filter((item) => !had.has(item) || lists.every((list) => list.includes(item)));
}
