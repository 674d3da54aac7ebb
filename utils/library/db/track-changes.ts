import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

// Sync finds local edits from a list of article (and highlight) ids changed since its last pass (table syncDirty), so an idle
// round reads only what changed rather than every row of the library (issue #16: a 10,000-article library read
// whole every 25 s while the library page is open). Every write path of the library goes through Dexie, so one
// middleware marks them all, inside the writing transaction: a mark exists exactly when the write committed.

/** The tables sync replicates, and how a row's key becomes its mark: an article id as it is, a highlight's id
 * with the prefix of its sync document (two kinds of id in one list, never mistaken for each other). */
const TRACKED: Record<string, (key: string) => string> = {
  articles: (key) => key,
  highlights: (key) => `highlight:${key}`,
};
export const DIRTY_TABLE = 'syncDirty';
/** The mark for "changed, but which rows is not known" (a delete by key range): sync reads the whole table. */
export const ALL_ROWS = '*';

/** Article ids a mutation touches, or null when only a key range is known. */
function touchedIds(req: DBCoreMutateRequest): string[] | null {
  if (req.type === 'deleteRange') return null;
  if (req.type === 'delete') return req.keys as string[];
  if (req.type === 'put' && req.updates) return req.updates.keys as string[];
  const keys = req.keys ?? req.values.map((v) => (v as { id?: string }).id);
  return keys.every((k) => typeof k === 'string') ? (keys as string[]) : null;
}

let counter = 0;

export const trackArticleChanges: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sift-track-article-changes',
  create(down) {
    // Older schema versions (opened by the upgrade tests) have no syncDirty table: nothing to mark.
    if (!down.schema.tables.some((t) => t.name === DIRTY_TABLE)) return down;
    return {
      ...down,
      // A write to articles takes syncDirty into its transaction, so the mark commits or aborts with it.
      transaction(stores, mode, options) {
        const tracked = stores.some((name) => Object.hasOwn(TRACKED, name));
        const widen = mode === 'readwrite' && tracked && !stores.includes(DIRTY_TABLE);
        return down.transaction(widen ? [...stores, DIRTY_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        const markOf = Object.hasOwn(TRACKED, name) ? TRACKED[name] : undefined;
        if (!markOf || !down.schema.tables.some((t) => t.name === name)) return table;
        const dirty = down.table(DIRTY_TABLE);
        return {
          ...table,
          mutate(req) {
            const ids = touchedIds(req)?.map(markOf) ?? [ALL_ROWS];
            // A fresh mark per write: a sync pass clears only marks it read, never one a later write made.
            const mark = `${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
            const marking = ids.length
              ? dirty.mutate({ type: 'put', trans: req.trans, values: ids.map((id) => ({ id, mark })) })
              : null;
            return table.mutate(req).then(async (res) => {
              await marking;
              return res;
            });
          },
        };
      },
    };
  },
};
