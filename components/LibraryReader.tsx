import { SafeArticleView } from './SafeArticleView';
import { useEffect, useRef } from 'react';
import type { LibraryArticle } from './LibraryApi';
import { LibraryTags } from './LibraryTags';
import { useObjectUrls } from './useObjectUrls';

interface Props {
  article: LibraryArticle;
  onRead: (read: boolean) => void;
  onTags: (tags: string[]) => void;
  onProgress: (progress: number) => void;
  onDelete: () => void;
  onClose: () => void;
}

/** The reading pane: actions, tags, and the article itself, reopened where the reader left it. */
export function LibraryReader({ article, onRead, onTags, onProgress, onDelete, onClose }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const imageUrls = useObjectUrls(article.images);
  const onProgressRef = useRef(onProgress);
  onProgressRef.current = onProgress;

  // Resume: once per opened article, after its content is laid out. Focus goes to the text so a screen reader
  // starts reading there and arrow keys scroll it.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    const frame = requestAnimationFrame(() => {
      el.scrollTop = article.progress * Math.max(0, el.scrollHeight - el.clientHeight);
    });
    return () => cancelAnimationFrame(frame);
  }, [article.id]); // only when another article opens, not on every progress save

  // Save progress while reading, at most once a second, and when leaving.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      const room = el.scrollHeight - el.clientHeight;
      return room > 0 ? Math.min(1, el.scrollTop / room) : 0;
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => onProgressRef.current(measure()), 1000);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      if (timer !== undefined) {
        clearTimeout(timer);
        onProgressRef.current(measure());
      }
    };
  }, [article.id]);

  return (
    <article className="lib-reader" aria-label={`Reading: ${article.title}`}>
      <div className="lib-reader-bar" role="toolbar" aria-label="Article actions">
        <button type="button" onClick={onClose} aria-label="Close article">← List</button>
        <button type="button" aria-pressed={article.read} onClick={() => onRead(!article.read)}>
          {article.read ? 'Mark unread' : 'Mark read'}
        </button>
        <a href={article.url} target="_blank" rel="noreferrer noopener">Original</a>
        <button type="button" className="lib-danger" onClick={onDelete}>Delete</button>
      </div>
      <LibraryTags tags={article.tags} onChange={onTags} />
      <div className="lib-reader-scroll" ref={scroller} tabIndex={0} aria-label="Article text">
        <SafeArticleView draft={article.draft} imageUrls={imageUrls} />
      </div>
    </article>
  );
}
