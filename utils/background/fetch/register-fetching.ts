// The background's side of "Fetch N articles": the queue over the library database, its messages from the library
// page, and its resumption whenever the background starts (a browser restart, or Chrome waking its worker).
import type { LibraryDb } from '../../library/db/db';
import { openLibrary } from '../../library/db/db';
import { onMessage } from '../../messaging/protocol';
import type { StoreDraft } from '../saving';
import { failure } from '../../storage/fetch-failure';
import { fetchArticle, type ExtractHtml } from './fetch-article';
import { abortableSleep, createFetchQueue, type FetchQueue, type QueueDeps } from './fetch-queue';
import { HOST_DELAY_MS } from '../../storage/fetch-constants';
import { queueItem, type QueueItem } from '../../storage/fetch-queue-state';

export { HOST_DELAY_MS };

export interface FetchingOptions {
  store: StoreDraft;
  extract: ExtractHtml;
  fetch?: typeof globalThis.fetch;
  hostDelayMs?: number;
  timeoutMs?: number;
  /** The database to check rows in (tests); the library's otherwise, opened on first use. */
  db?: () => Promise<LibraryDb>;
  /** The queue's time (tests pass a counter their sleeps advance). */
  clock?: Pick<QueueDeps, 'now' | 'sleep'>;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The queue over the library: each item fills its own link-only row, keeping its tags, read state and date. */
export function fetchingQueue(options: FetchingOptions): FetchQueue {
  let opened: Promise<LibraryDb> | null = null;
  const db = () =>
    (opened ??= (options.db ?? openLibrary)().catch((error: unknown) => ((opened = null), Promise.reject(error))));
  const process = async (item: QueueItem, signal: AbortSignal, cookies: boolean) => {
    const library = await db();
    const row = await library.articles.get(item.id);
    // Deleted meanwhile, or read already (saved from its tab): nothing left to fetch.
    if (!row || ((await library.bodies.get(item.id))?.html ?? '') !== '') return null;
    const got = await fetchArticle(item.url, {
      extract: options.extract,
      fetch: options.fetch,
      cookies,
      signal,
      timeoutMs: options.timeoutMs,
    });
    if (!got.ok) return got.failure;
    try {
      // Stored under the row's own address, so saveArticle fills that row rather than adding a second one.
      await options.store({ ...got.draft, canonicalUrl: row.canonicalUrl }, got.images);
      return null;
    } catch (error) {
      return failure('store', describe(error));
    }
  };
  return createFetchQueue({
    load: () => queueItem.getValue(),
    save: (state) => (state ? queueItem.setValue(state) : queueItem.removeValue()),
    process,
    sleep: options.clock?.sleep ?? abortableSleep,
    now: options.clock?.now ?? (() => Date.now()),
    hostDelayMs: options.hostDelayMs ?? HOST_DELAY_MS,
  });
}

/** Reads the rows to queue: only link-only ones (no body yet) among the ids the page sent. */
export async function linkItems(library: LibraryDb, ids: string[]): Promise<QueueItem[]> {
  const rows = await library.articles.bulkGet(ids);
  const bodies = await library.bodies.bulkGet(ids);
  return rows.flatMap((row, k) =>
    row && !bodies[k]?.html ? [{ id: row.id, url: row.url, status: 'pending' as const }] : [],
  );
}

/** Opens the library once, on first use; a failed open is tried again next time. */
export function lazyLibrary(): () => Promise<LibraryDb> {
  let opened: Promise<LibraryDb> | null = null;
  return () =>
    (opened ??= openLibrary().catch((error: unknown) => {
      opened = null;
      throw error;
    }));
}

export function registerFetching(options: FetchingOptions): FetchQueue {
  const db = options.db ?? lazyLibrary();
  const queue = fetchingQueue({ ...options, db });
  onMessage('fetchLinks', async ({ data }) => {
    if (data.action !== 'start') return queue.handle(data);
    return queue.handle(data, await linkItems(await db(), data.ids));
  });
  // Every start of the background: a browser restart, an update, or Chrome's worker woken after being stopped.
  void queue.resume().catch(() => undefined);
  return queue;
}
