import { useEffect, useState } from 'react';
import type { FetchFailure } from '../../utils/storage/fetch-failure';
import {
  isFinished,
  queueCounts,
  queueItem,
  type FetchRequest,
  type QueueState,
} from '../../utils/storage/fetch-queue-state';
import { type MessageKey, t } from '../../utils/i18n/t';

interface Props {
  /** Ids of the library's link-only rows (imported, not fetched yet). */
  links: string[] | undefined;
  /** The background's queue (storage.local), null when there is none. */
  queue: QueueState | null;
  send: (request: FetchRequest) => Promise<void>;
}

const REASONS: Record<FetchFailure['code'], MessageKey> = {
  http: 'fetch_fail_http',
  'not-article': 'fetch_fail_not_article',
  offline: 'fetch_fail_offline',
  timeout: 'fetch_fail_timeout',
  unreachable: 'fetch_fail_unreachable',
  'not-html': 'fetch_fail_not_html',
  'too-large': 'fetch_fail_too_large',
  store: 'fetch_fail_store',
  other: 'fetch_fail_other',
};

/** A failure in the reader's words: "the site answered 404", "not an article", "timed out"… */
export const describeFailure = (f: FetchFailure | undefined): string =>
  f ? t(REASONS[f.code] ?? 'fetch_fail_other', f.detail ?? '') : '';

/** The background's fetch queue as the library page sees it: kept current by watching its storage key. */
export function useFetchQueue(): QueueState | null {
  const [queue, setQueue] = useState<QueueState | null>(null);
  useEffect(() => {
    let live = true;
    void queueItem.getValue().then(
      (value) => live && setQueue(value),
      () => undefined,
    );
    const unwatch = queueItem.watch((value) => setQueue(value ?? null));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return queue;
}

/**
 * "Fetch N imported articles" after a Pocket or bookmarks import; nothing is fetched before this click. Then the
 * queue's progress with Pause and Cancel, and at the end what failed and why, with Retry.
 */
export function LibraryFetch({ links, queue, send }: Props) {
  const [cookies, setCookies] = useState(false);
  const { done, failed, total } = queueCounts(queue);
  const act = (request: FetchRequest) => () => void send(request).catch(() => undefined);

  if (queue && !isFinished(queue)) {
    return (
      <section className="lib-fetch" role="status" aria-label={t('fetch_progress', done + failed, total)}>
        {t(queue.paused ? 'fetch_paused' : 'fetch_progress', done + failed, total)}{' '}
        <progress max={total} value={done + failed} />{' '}
        <button type="button" onClick={act({ action: queue.paused ? 'resume' : 'pause' })}>
          {t(queue.paused ? 'fetch_resume' : 'fetch_pause')}
        </button>{' '}
        <button type="button" onClick={act({ action: 'cancel' })}>
          {t('fetch_cancel')}
        </button>
      </section>
    );
  }
  const failures = queue?.items.filter((i) => i.status === 'failed') ?? [];
  // Failed links are still links: the summary offers Retry for them rather than a second "Fetch" button.
  const waiting = (links ?? []).filter((id) => !failures.some((f) => f.id === id));
  if (!queue && !waiting.length) return null;
  return (
    <section className="lib-fetch" aria-label={t('fetch_explain')}>
      {queue && (
        <p role="status">
          {t('fetch_done', done, total, failed)}{' '}
          {failures.length > 0 && (
            <button type="button" onClick={act({ action: 'retry' })}>
              {t('fetch_retry')}
            </button>
          )}{' '}
          <button type="button" onClick={act({ action: 'clear' })}>
            {t('dismiss')}
          </button>
        </p>
      )}
      {failures.length > 0 && (
        <details>
          <summary>{t('fetch_why', failures.length)}</summary>
          <ul className="lib-refused">
            {failures.slice(0, 500).map((item) => (
              <li key={item.id}>
                <a href={item.url} target="_blank" rel="noopener noreferrer">
                  {item.url}
                </a>
                : {describeFailure(item.failure)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {waiting.length > 0 && (
        <p>
          <button type="button" data-testid="fetch-start" onClick={act({ action: 'start', ids: waiting, cookies })}>
            {t('fetch_button', waiting.length)}
          </button>{' '}
          <label>
            <input type="checkbox" checked={cookies} onChange={(e) => setCookies(e.target.checked)} />{' '}
            {t('fetch_cookies')}
          </label>
          <br />
          <small>{t('fetch_explain')}</small>
        </p>
      )}
    </section>
  );
}
