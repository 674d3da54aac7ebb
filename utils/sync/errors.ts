import { t } from '../i18n/t';

// Every way a sync can fail, named so the status line says it in words and the scheduler knows whether to retry.

export type SyncErrorKind =
  | 'auth'
  | 'forbidden'
  | 'no-database'
  | 'server'
  | 'html'
  | 'json'
  | 'too-large'
  | 'network'
  | 'foreign'
  | 'insecure'
  | 'cancelled';

const WORDS: Record<SyncErrorKind, () => string> = {
  auth: () => t('sync_error_auth'),
  forbidden: () => t('sync_error_forbidden'),
  'no-database': () => t('sync_error_no_database'),
  server: () => t('sync_error_server'),
  html: () => t('sync_error_html'),
  json: () => t('sync_error_json'),
  'too-large': () => t('sync_error_too_large'),
  network: () => t('sync_error_network'),
  foreign: () => t('sync_error_foreign'),
  insecure: () => t('sync_error_insecure'),
  cancelled: () => t('sync_error_cancelled'),
};

export class SyncError extends Error {
  override name = 'SyncError';
  /** The HTTP status behind the error, when a server answered. */
  status?: number;
  constructor(
    readonly kind: SyncErrorKind,
    /** What the server or the check said, for the log line under the words (never credentials). */
    readonly detail = '',
    options?: ErrorOptions,
  ) {
    super(WORDS[kind](), options);
  }

  /** Whether trying again later can help (a wrong password or a foreign database needs the reader first). */
  get retryable(): boolean {
    return ['server', 'html', 'json', 'network'].includes(this.kind);
  }
}

/** The error a failed HTTP status stands for; 404 is the caller's to read (a missing _local doc is normal). */
export function statusError(status: number, detail: string): SyncError {
  const kind: SyncErrorKind =
    status === 401
      ? 'auth'
      : status === 403
        ? 'forbidden'
        : status === 413
          ? 'too-large'
          : status === 404
            ? 'no-database'
            : 'server';
  const error = new SyncError(kind, `${status} ${detail}`.trim());
  error.status = status;
  return error;
}

/** Backoff before the next automatic attempt after `failures` failures in a row: 30 s doubling, at most 1 h. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(30_000 * 2 ** (failures - 1), 3_600_000);
}
