// The library page driven as a reader would, plus reaching into its database the way only a test may.
import type { ArticleDraft } from '../../../utils/article/types';
import type { LibraryTestHook } from '../../../components/library/LibraryApi';
import type { TestPage } from './browsers.ts';

type Hooked = typeof globalThis & { siftLibrary?: LibraryTestHook };

export const waitForLibraryHook = (library: TestPage) =>
  library.waitForFunction(() => !!(globalThis as Hooked).siftLibrary);

/** The saved article with this title: its id and the URLs of its stored images (null when not saved). */
export async function findSaved(library: TestPage, title: string): Promise<{ id: string; images: string[] } | null> {
  return library.evaluate(async (t) => {
    const { api } = (globalThis as Hooked).siftLibrary!;
    const item = (await api.list({ text: '', site: null, tag: null, read: 'all' })).find((i) => i.title === t);
    return item ? { id: item.id, images: Object.keys((await api.get(item.id))?.images ?? {}) } : null;
  }, title);
}

/**
 * Opens the saved article with this title in the library's reader and waits for its text and a stored image.
 * Any image: the reader resumes where it was left, and images are lazy, so the first may be out of view.
 * `withImage: false` for an article saved without its images.
 */
export async function openSaved(library: TestPage, title: string, withImage = true): Promise<void> {
  await library.waitForFunction(
    (t) => [...document.querySelectorAll('[role=option]')].some((row) => row.textContent?.includes(t)),
    title,
  );
  await library.evaluate(
    (t) =>
      [...document.querySelectorAll<HTMLElement>('[role=option]')].find((row) => row.textContent?.includes(t))!.click(),
    title,
  );
  await library.waitForFunction(
    ({ t, withImage }) => {
      const reader = document.querySelector('.lib-reader');
      const shown = [...(reader?.querySelectorAll<HTMLImageElement>('.sift-body img') ?? [])].some(
        (img) => img.complete && img.naturalWidth > 0,
      );
      return (
        !!reader?.getAttribute('aria-label')?.includes(t) &&
        !!reader.querySelector('.sift-body p') &&
        (shown || !withImage)
      );
    },
    { t: title, withImage },
  );
}

/**
 * Replaces a stored article's HTML in IndexedDB behind the library's back, as a tampered profile or an older
 * Sift's data could: what is read then passes only the render-time sanitiser and the page's CSP.
 */
export async function tamperStoredHtml(library: TestPage, id: string, html: string): Promise<void> {
  await library.evaluate(
    async ({ id, html }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('sift');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      try {
        await new Promise<void>((ok, fail) => {
          const tx = db.transaction('bodies', 'readwrite');
          const bodies = tx.objectStore('bodies');
          const get = bodies.get(id);
          get.onsuccess = () => bodies.put({ ...(get.result as object), html });
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { id, html },
  );
}

/** Saves a draft through the library page's own code (no images fetched) and returns its id. */
export async function saveDraft(library: TestPage, draft: ArticleDraft): Promise<string> {
  return (await library.evaluate((d) => (globalThis as Hooked).siftLibrary!.save(d, {}), draft)).id;
}
