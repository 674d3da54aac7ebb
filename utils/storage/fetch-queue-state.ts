// The fetch queue as it is kept in storage.local, so it survives a browser restart (the background resumes it on
// start) and the library page draws its progress by watching this one key.
import { storage } from 'wxt/utils/storage';
import type { FetchFailure } from './fetch-failure';
import { FETCH_QUEUE_KEY } from './fetch-constants';

export { FETCH_QUEUE_KEY };

export interface QueueItem {
  /** The link-only library row the page will fill. */
  id: string;
  url: string;
  status: 'pending' | 'done' | 'failed';
  failure?: FetchFailure;
}

export interface QueueState {
  items: QueueItem[];
  /** Paused by the reader: nothing is fetched until they resume (also after a restart). */
  paused: boolean;
  /** The reader opted in to sending their cookies with these fetches. */
  cookies: boolean;
}

export const queueItem = storage.defineItem<QueueState | null>(`local:${FETCH_QUEUE_KEY}`, { fallback: null });

export function queueCounts(state: QueueState | null): { done: number; failed: number; total: number } {
  const items = state?.items ?? [];
  return {
    done: items.filter((i) => i.status === 'done').length,
    failed: items.filter((i) => i.status === 'failed').length,
    total: items.length,
  };
}

export const isFinished = (state: QueueState | null): boolean =>
  state !== null && state.items.every((i) => i.status !== 'pending');

/** What the library page asks of the background's queue. */
export type FetchRequest =
  { action: 'start'; ids: string[]; cookies: boolean } | { action: 'pause' | 'resume' | 'cancel' | 'retry' | 'clear' };
