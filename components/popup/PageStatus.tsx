import type { ReadError } from '../../utils/article/types';

interface Props {
  error: ReadError;
  onShowAnyway: () => void;
}

const TITLES: Record<ReadError['kind'], string> = {
  'internal-page': 'Sift can’t read this page',
  pdf: 'This is a PDF',
  'not-article': 'This doesn’t look like an article',
  'too-large': 'This page is too large',
  'no-content': 'No text found',
};

/** Why there is no clean view, and "Show anyway" where trying regardless can help. */
export function PageStatus({ error, onShowAnyway }: Props) {
  const canForce = error.kind === 'not-article' || error.kind === 'no-content';
  return (
    <section className="sift-status" role="status" data-state={error.kind} aria-labelledby="sift-status-title">
      <h1 id="sift-status-title">{TITLES[error.kind]}</h1>
      <p>{error.message}</p>
      {canForce ? (
        <button type="button" className="sift-primary" onClick={onShowAnyway}>
          Show anyway
        </button>
      ) : null}
    </section>
  );
}
