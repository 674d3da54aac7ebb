import { t } from '../../utils/i18n/t';

/** Shown instead of the library when its database cannot be opened at all. */
export function LibraryUnavailable({ error }: { error: unknown }) {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  const hint = name === 'QuotaExceededError' ? t('unavailable_full') : t('unavailable_refused');
  return (
    <main className="lib-unavailable" role="alert">
      <h1>{t('unavailable_title')}</h1>
      <p>{hint}</p>
      <p>
        <small>{t('unavailable_details', `${name ? `${name}: ` : ''}${detail}`)}</small>
      </p>
      <button type="button" onClick={() => location.reload()}>
        {t('try_again')}
      </button>
    </main>
  );
}
