import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleDraft } from '../../utils/article/types';
import { clearHighlights, highlightSentence } from './highlight-sentence';
import { ArticleBody } from './ArticleBody';
import { FiguresPanel } from './FiguresPanel';
import { HighlightLayer } from './HighlightLayer';
import type { HighlightsController } from '../../utils/highlights/types';
import { ListenControls } from './ListenControls';
import './article-view.css';
import { t } from '../../utils/i18n/t';

interface Props {
  draft: ArticleDraft;
  /** Stored images by original URL (the library reads offline with them). */
  imageUrls?: Record<string, string>;
  /** Hide the key-figures panel (e.g. a narrow layout that shows it elsewhere). */
  hideFigures?: boolean;
  /** The reader's highlights and notes (absent: the view draws none and offers no toolbar). */
  highlights?: HighlightsController;
  /** A highlight to scroll to once drawn. */
  focusHighlight?: string | null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

// In the reader's UI language, like the rest of the header around it (the article's own text keeps its lang).
function formatDate(iso: string | null, lang: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const options = { year: 'numeric', month: 'long', day: 'numeric' } as const;
  // An article stored before page values were checked may carry a lang Intl refuses ('en_US'): reader's locale.
  try {
    return date.toLocaleDateString(lang ?? undefined, options);
  } catch {
    return date.toLocaleDateString(undefined, options);
  }
}

/** The clean view of one article: header, key figures (click → sentence highlighted), and the sanitised text. */
export function ArticleView({ draft, imageUrls, hideFigures, highlights, focusHighlight }: Props) {
  const body = useRef<HTMLDivElement | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  // Bumped when a figure's sentence is marked, so the highlight toolbar offers to pin it.
  const [offer, setOffer] = useState(0);

  // Another article (or the same one re-read) starts without a highlight.
  useEffect(() => setSelected(null), [draft]);

  const select = useCallback(
    (index: number) => {
      const fig = draft.figures[index];
      const root = body.current;
      if (!fig || !root) return;
      setSelected(index);
      const mark = highlightSentence(root, fig.sentence, fig.text);
      if (!mark) return;
      setOffer((n) => n + 1);
      // Focus follows so a screen reader reads the sentence; tabIndex -1 keeps the mark out of the tab order.
      mark.tabIndex = -1;
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.focus({ preventScroll: true });
    },
    [draft],
  );

  useEffect(() => {
    const root = body.current;
    return () => {
      if (root) clearHighlights(root);
    };
  }, [draft]);

  const date = formatDate(draft.published, t('locale_tag'));
  const site = draft.siteName ?? hostOf(draft.url);
  return (
    <article className="sift-article" aria-labelledby="sift-article-title">
      <header className="sift-article-head">
        <p className="sift-site">
          {/* The way back to the page itself, wherever the clean view is shown (full tab, library). */}
          <a href={draft.url} target="_blank" rel="noreferrer noopener" title={t('reading_original')}>
            {site}
          </a>
        </p>
        <h1 id="sift-article-title" lang={draft.lang ?? undefined} dir={draft.dir ?? undefined}>
          {draft.title}
        </h1>
        <p className="sift-meta">
          {draft.byline ? <span className="sift-byline">{draft.byline}</span> : null}
          {date ? <time dateTime={draft.published ?? undefined}>{date}</time> : null}
          <span className="sift-reading-time">{t('article_min_read', draft.readingMinutes)}</span>
        </p>
        <ListenControls body={body} articleKey={draft.url} lang={draft.lang} />
        {draft.partial ? (
          <p className="sift-note" role="note">
            {t('article_partial')}
          </p>
        ) : null}
      </header>
      {hideFigures ? null : (
        <FiguresPanel
          key={draft.url}
          figures={draft.figures}
          title={draft.title}
          lead={draft.excerpt}
          lang={draft.lang}
          selected={selected}
          onSelect={select}
        />
      )}
      <ArticleBody ref={body} html={draft.html} imageUrls={imageUrls} lang={draft.lang} dir={draft.dir} />
      {highlights ? (
        <HighlightLayer
          body={body}
          controller={highlights}
          html={draft.html}
          imageUrls={imageUrls}
          focusId={focusHighlight}
          offer={offer}
        />
      ) : null}
    </article>
  );
}
