import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { HighlightsController } from '../../utils/highlights/types';
import type { LibraryApi } from './LibraryApi';

const NONE: never[] = [];

/**
 * The open article's highlights from the library, live (a change made here or in another tab redraws them), and
 * the writes, each through `guard` so a failing disk becomes the page's message rather than a lost click.
 */
export function useArticleHighlights(
  api: LibraryApi,
  articleId: string | null,
  guard: <T>(write: () => Promise<T>) => Promise<T | undefined>,
): HighlightsController | undefined {
  const items = useLiveQuery(() => (articleId ? api.highlights(articleId) : NONE), [api, articleId]);
  return useMemo(() => {
    if (!articleId) return undefined;
    return {
      items: items ?? NONE,
      add: async (input) => void (await guard(() => api.addHighlight(articleId, input))),
      update: async (id, patch) => void (await guard(() => api.updateHighlight(id, patch))),
      remove: async (id) => void (await guard(() => api.removeHighlight(id))),
    };
  }, [api, articleId, items, guard]);
}
