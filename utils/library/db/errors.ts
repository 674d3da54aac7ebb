// Typed failures the UI can name to the reader. Each message is one sentence a reader understands.

/** The browser refused to store more: nothing of the failed write was kept. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(what = 'the article', options?: { cause?: unknown }) {
    super(
      `Not enough storage space to save ${what}: nothing was changed. Free some space or delete saved articles.`,
      options,
    );
  }
}

/** The library on disk was written by a newer Sift: it is left as it is. */
export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `Your library was saved by a newer version of Sift (schema ${found}, this version reads up to ${supported}). ` +
        'It was left untouched: update Sift to open it.',
    );
  }
}

/** IndexedDB cannot be opened at all (e.g. a private window in Firefox): the clean view still works. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor(options?: { cause?: unknown }) {
    super(
      'This browser window does not allow Sift to store articles (private browsing?). Reading still works.',
      options,
    );
  }
}

/** The user cancelled an import or export: nothing was changed. */
export class CancelledError extends Error {
  override name = 'AbortError';
  constructor() {
    super('Cancelled: nothing was changed.');
  }
}

/** True for a quota failure however Dexie or the browser wrapped it (AbortError with an inner QuotaExceededError...). */
export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const { name, inner, cause } = e as { name?: string; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || name === 'StorageFullError') return true;
    e = inner ?? cause;
  }
  return false;
}
