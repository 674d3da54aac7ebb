import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ArticleDraft } from '../../utils/article/types';
import type { Highlight, HighlightsController } from '../../utils/highlights/types';
import type { HighlightChange, SaveResult } from '../../utils/messaging/protocol';
import { t } from '../../utils/i18n/t';
import type { PopupApi } from './PopupApi';

/**
 * Highlights in the popup. A highlight belongs to a saved article, and a popup closes at the first click outside
 * it, so highlighting an unsaved page saves it first (as Pocket and Omnivore do): nothing the reader marks is
 * lost, and the Save button shows the page as saved.
 */
export function usePopupHighlights(
  api: PopupApi | null,
  article: ArticleDraft | null,
  save: () => Promise<SaveResult | undefined>,
): HighlightsController | undefined {
  const [articleId, setArticleId] = useState<string | null>(null);
  const [items, setItems] = useState<Highlight[]>([]);
  const url = article?.canonicalUrl ?? null;
  const available = !!api?.pageHighlights && !!api.changeHighlight && !!url;

  const refresh = useCallback(async () => {
    if (!api?.pageHighlights || !url) return;
    const found = await api.pageHighlights(url).catch(() => null);
    setArticleId(found?.articleId ?? null);
    setItems(found?.items ?? []);
  }, [api, url]);

  useEffect(() => {
    setArticleId(null);
    setItems([]);
    void refresh();
  }, [refresh]);

  return useMemo(() => {
    if (!available || !api?.changeHighlight) return undefined;
    const change = async (c: HighlightChange) => {
      const answer = await api.changeHighlight!(c);
      if (!answer.ok) throw new Error(answer.error ?? 'unknown error');
      await refresh();
    };
    return {
      items,
      hint: articleId ? undefined : t('hl_saving_first'),
      add: async (input) => {
        let id = articleId;
        if (!id) {
          const saved = await save();
          if (!saved?.ok || !saved.id) throw new Error(saved?.error ?? 'not saved');
          id = saved.id;
          setArticleId(id);
        }
        await change({ kind: 'add', articleId: id, input });
      },
      update: (id, patch) => change({ kind: 'update', id, patch }),
      remove: (id) => change({ kind: 'remove', id }),
    };
  }, [available, api, items, articleId, refresh, save]);
}
