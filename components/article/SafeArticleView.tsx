import { Component, type ReactNode } from 'react';
import type { ArticleDraft } from '../../utils/article/types';
import { t } from '../../utils/i18n/t';
import { ArticleView } from './ArticleView';

class Boundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

// The article without what a page supplied about itself (language, direction, dates, names) or what Sift made
// of it (key figures): the parts that meet Intl and formatting, where a page value once made the popup blank.
function plain(draft: ArticleDraft): ArticleDraft {
  return { ...draft, lang: null, dir: null, published: null, byline: null, siteName: null, figures: [] };
}

/**
 * ArticleView behind error boundaries: if it throws while drawing, the article is drawn again without its page
 * values and figures, and if that throws too, a message. The screen around it (Save) keeps working: without this,
 * a throw unmounts the whole popup and leaves it blank.
 */
export function SafeArticleView(props: Parameters<typeof ArticleView>[0]) {
  const message = (
    <p className="sift-status" role="alert">
      {t('article_view_failed')}
    </p>
  );
  return (
    <Boundary
      key={props.draft.url}
      fallback={
        <Boundary fallback={message}>
          <ArticleView {...props} draft={plain(props.draft)} />
        </Boundary>
      }
    >
      <ArticleView {...props} />
    </Boundary>
  );
}
