/**
 * The name under which the injected extraction script (entrypoints/extract.ts) leaves its function in the tab's
 * content-script world. That world is the extension's own: the page cannot see or replace it.
 */
export const EXTRACT_GLOBAL = 'siftExtractArticle';

/** The same for entrypoints/extract-for-save.ts: the article with its figures, for a save without the popup. */
export const EXTRACT_FOR_SAVE_GLOBAL = 'siftExtractForSave';

/** What `callExtract` answers when the script is not there yet (first read in this tab, or the page reloaded). */
export const NOT_INJECTED = 'sift:not-injected';
