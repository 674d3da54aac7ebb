// The polite fetcher behind "Fetch N articles": one page at a time, and a pause after each request before the same
// site is asked again (another site's page may go meanwhile). Its state lives in memory and is written through
// to storage (queue-state.ts) after every change, so a restart resumes where it stopped; a page that was being
// fetched when the browser closed is fetched again.
import { failure, type FetchFailure } from '../../storage/fetch-failure';
import type { FetchRequest, QueueItem, QueueState } from '../../storage/fetch-queue-state';

export interface QueueDeps {
  load(): Promise<QueueState | null>;
  save(state: QueueState | null): Promise<void>;
  /** Fetches and stores one item; resolves with why it failed, or null when its article is stored. */
  process(item: QueueItem, signal: AbortSignal, cookies: boolean): Promise<FetchFailure | null>;
  /** Waits, or resolves early when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  now(): number;
  /** Time between the end of one request to a site and the start of the next to the same site. */
  hostDelayMs: number;
}

export interface FetchQueue {
  handle(request: FetchRequest, items?: QueueItem[]): Promise<void>;
  /** Continues a queue found in storage (the background calls it on start). */
  resume(): Promise<void>;
  /** Resolves when the loop has stopped (finished, paused or cancelled): for tests. */
  idle(): Promise<void>;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export function createFetchQueue(deps: QueueDeps): FetchQueue {
  let state: QueueState | null | undefined; // undefined: not read from storage yet
  let running: Promise<void> | null = null;
  let again = false;
  let controller = new AbortController();
  const lastEnd = new Map<string, number>();

  const current = async () => (state === undefined ? (state = await deps.load()) : state);
  const commit = () => deps.save(state ?? null);
  const readyAt = (item: QueueItem) => (lastEnd.get(hostOf(item.url)) ?? -Infinity) + deps.hostDelayMs;

  async function loop(): Promise<void> {
    for (;;) {
      const s = await current();
      if (!s || s.paused) return;
      const pending = s.items.filter((i) => i.status === 'pending');
      if (!pending.length) return;
      const now = deps.now();
      // The first item whose site has rested; else the one whose site rests soonest.
      const next =
        pending.find((i) => readyAt(i) <= now) ?? pending.reduce((a, b) => (readyAt(b) < readyAt(a) ? b : a));
      controller = new AbortController();
      const { signal } = controller;
      const wait = readyAt(next) - now;
      if (wait > 0) {
        await deps.sleep(wait, signal);
        continue; // look again: a pause, a cancel or a new item may have come meanwhile
      }
      let outcome: FetchFailure | null;
      try {
        outcome = await deps.process(next, signal, s.cookies);
      } catch (error) {
        outcome = signal.aborted ? null : failure('other', error instanceof Error ? error.message : String(error));
      }
      lastEnd.set(hostOf(next.url), deps.now());
      // Paused or cancelled during the fetch: the item stays pending (a pause) or the queue is gone (a cancel).
      if (signal.aborted || state !== s) continue;
      next.status = outcome ? 'failed' : 'done';
      if (outcome) next.failure = outcome;
      await commit();
    }
  }

  function kick(): void {
    if (running) {
      again = true;
      return;
    }
    running = loop().finally(() => {
      running = null;
      if (again) {
        again = false;
        kick();
      }
    });
  }

  async function handle(request: FetchRequest, items: QueueItem[] = []): Promise<void> {
    const s = await current();
    switch (request.action) {
      case 'start': {
        // Links already queued are not queued twice; a finished queue's summary gives way to the new one.
        const keep = s && !s.items.every((i) => i.status !== 'pending') ? s.items : [];
        const known = new Set(keep.map((i) => i.id));
        const added = items.filter((i) => !known.has(i.id) && (known.add(i.id), true));
        state = { items: [...keep, ...added], paused: false, cookies: request.cookies };
        break;
      }
      case 'pause':
        if (s) s.paused = true;
        controller.abort();
        break;
      case 'resume':
        if (s) s.paused = false;
        break;
      case 'retry':
        for (const item of s?.items ?? []) {
          if (item.status !== 'failed') continue;
          item.status = 'pending';
          delete item.failure;
        }
        break;
      case 'cancel':
      case 'clear':
        state = null;
        controller.abort();
        break;
    }
    await commit();
    kick();
  }

  return {
    handle,
    resume: async () => {
      await current();
      kick();
    },
    idle: async () => {
      while (running) await running;
    },
  };
}

/** A sleep that ends early on abort. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}
