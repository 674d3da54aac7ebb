import type { ReadError } from '../../utils/article/types';
import { type MessageKey, t } from '../../utils/i18n/t';

interface Props {
  error: ReadError;
  onShowAnyway: () => void;
}

// Title and explanation per kind, in the reader's language (the error's own message is English, for logs and the CLI).
const TEXTS: Record<ReadError['kind'], [MessageKey, MessageKey]> = {
  'internal-page': ['status_internal_title', 'status_internal_text'],
  'store-page': ['status_internal_title', 'hour_store_text'],
  pdf: ['status_pdf_title', 'status_pdf_text'],
  'not-article': ['status_not_article_title', 'status_not_article_text'],
  'too-large': ['status_too_large_title', 'status_too_large_text'],
  'no-content': ['status_no_content_title', 'status_no_content_text'],
};

/** Why there is no clean view, and "Show anyway" where trying regardless can help. */
export function PageStatus({ error, onShowAnyway }: Props) {
  const canForce = error.kind === 'not-article' || error.kind === 'no-content';
  return (
    <section className="sift-status" role="status" data-state={error.kind} aria-labelledby="sift-status-title">
      <h1 id="sift-status-title">{t(TEXTS[error.kind][0])}</h1>
      <p>{t(TEXTS[error.kind][1])}</p>
      {canForce ? (
        <button type="button" className="sift-primary" onClick={onShowAnyway}>
          {t('status_show_anyway')}
        </button>
      ) : null}
    </section>
  );
}
