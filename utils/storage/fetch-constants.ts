// The fetch queue's names and pace, apart from the storage item itself, so Node code (the bench) can read them
// without loading extension storage.

/** storage.local key of the fetch queue (tests and the bench read it under this name). */
export const FETCH_QUEUE_KEY = 'fetchQueue';

/** Between two requests to one site: polite to the site, and far below any rate limit a news site sets. */
export const HOST_DELAY_MS = 1_500;
