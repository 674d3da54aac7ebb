import { SafeArticleView } from '../article/SafeArticleView';
import { ReaderSettings } from '../article/ReaderSettings';
import type { ReaderPrefs } from '../../utils/storage/reader-settings';
import { useEffect, useRef } from 'react';
import type { LibraryArticle } from './LibraryApi';
import { LibraryTags } from './LibraryTags';
import { useScrollToMatch } from './useScrollToMatch';
import { useObjectUrls } from '../../hooks/useObjectUrls';
import { useReadingPosition } from '../../hooks/useReadingPosition';
import { ReaderPrefsContext } from '../../hooks/useReaderPrefs';
import { t } from '../../utils/i18n/t';
import type { HighlightsController } from '../../utils/highlights/types';

interface Props {
  article: LibraryArticle;
  /** The search the article was opened from ('' when none): the text opens at its first match. */
  find?: string;
  prefs: ReaderPrefs;
  onPrefs: (patch: Partial<ReaderPrefs>) => void;
  onRead: (read: boolean) => void;
  onTags: (tags: string[]) => void;
  onProgress: (progress: number) => void;
  onDelete: () => void;
  onClose: () => void;
  highlights?: HighlightsController;
  focusHighlight?: string | null;
}

/** The reading pane: actions, tags, and the article itself, reopened where the reader left it. */
export function LibraryReader({
  article,
  find = '',
  prefs,
  onPrefs,
  onRead,
  onTags,
  onProgress,
  onDelete,
  onClose,
  highlights,
  focusHighlight,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const imageUrls = useObjectUrls(article.images);
  // Opened from a search, the text opens at the match rather than where the reader left it.
  const finding = useScrollToMatch(scroller, article.id, find);
  useReadingPosition(scroller, article.id, finding ? 0 : article.progress, onProgress);

  // Focus goes to the text once per opened article, so a screen reader starts reading there and arrow keys scroll it.
  useEffect(() => scroller.current?.focus({ preventScroll: true }), [article.id]);

  return (
    <article className="lib-reader" aria-label={t('reader_label', article.title)}>
      <div className="lib-reader-bar" role="toolbar" aria-label={t('reader_actions')}>
        <button type="button" onClick={onClose} title={t('reader_close')}>
          {t('reader_list')}
        </button>
        <button type="button" aria-pressed={article.read} onClick={() => onRead(!article.read)}>
          {article.read ? t('mark_unread') : t('mark_read')}
        </button>
        <a href={article.url} target="_blank" rel="noreferrer noopener">
          {t('reader_original')}
        </a>
        <button type="button" className="lib-danger" onClick={onDelete}>
          {t('reader_delete')}
        </button>
        <ReaderSettings prefs={prefs} onChange={onPrefs} />
      </div>
      <LibraryTags tags={article.tags} onChange={onTags} />
      <div className="lib-reader-scroll" ref={scroller} tabIndex={0} aria-label={t('reader_text')}>
        {/* Listen's speed is one of the reading settings: the article inside reads and sets them. */}
        <ReaderPrefsContext.Provider value={[prefs, onPrefs]}>
          <SafeArticleView
            draft={article.draft}
            imageUrls={imageUrls}
            highlights={highlights}
            focusHighlight={focusHighlight}
          />
        </ReaderPrefsContext.Provider>
      </div>
    </article>
  );
}
