import { useEffect, useMemo, useReducer } from 'react';
import type { LibraryApi, SnippetPart } from './LibraryApi';

/** What a row shows beyond its list item, read only for the rows drawn: the snippet and the thumbnail. */
export interface RowDetails {
  /** Parts when read, null when the text holds no match, undefined while it is read (or with no search). */
  snippet(id: string): SnippetPart[] | null | undefined;
  /** An object URL of the thumbnail, null when there is none, undefined while it is read. */
  thumb(id: string): string | null | undefined;
}

/**
 * Asks the api for the details of the rows as they are drawn, in one batch per drawn screen (a row asks while it
 * draws, the batch goes on the next task), and draws again when they arrive. Snippets belong to the search
 * they were cut for; thumbnails last as long as the page's api.
 */
export function useRowDetails(api: LibraryApi, text: string): RowDetails {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const thumbs = useMemo(
    () =>
      batched<string | null>(async (ids) => {
        const blobs = await api.thumbs(ids);
        return Object.fromEntries(ids.map((id) => [id, blobs[id] ? URL.createObjectURL(blobs[id]) : null]));
      }, redraw),
    [api],
  );
  const snippets = useMemo(
    () => (text ? batched<SnippetPart[] | null>((ids) => api.snippets(ids, text), redraw) : null),
    [api, text],
  );
  useEffect(() => () => thumbs.dispose((url) => url && URL.revokeObjectURL(url)), [thumbs]);
  useEffect(() => () => snippets?.dispose(), [snippets]);
  return { snippet: (id) => snippets?.get(id), thumb: (id) => thumbs.get(id) };
}

interface Batched<T> {
  get(id: string): T | undefined;
  dispose(release?: (value: T) => void): void;
}

function batched<T>(load: (ids: string[]) => Promise<Record<string, T>>, changed: () => void): Batched<T> {
  const known = new Map<string, T>();
  const asked = new Set<string>();
  let pending: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const flush = () => {
    timer = undefined;
    const ids = pending;
    pending = [];
    load(ids).then(
      (found) => {
        if (disposed) return;
        for (const id of ids) known.set(id, found[id] as T);
        changed();
      },
      // A failed read leaves the rows without details; they are asked again when drawn again.
      () => ids.forEach((id) => asked.delete(id)),
    );
  };
  return {
    get(id) {
      if (known.has(id)) return known.get(id);
      if (!disposed && !asked.has(id)) {
        asked.add(id);
        pending.push(id);
        timer ??= setTimeout(flush, 0);
      }
      return undefined;
    },
    dispose(release) {
      disposed = true;
      clearTimeout(timer);
      if (release) known.forEach((value) => release(value));
    },
  };
}
