import { useCallback, useEffect, useState } from 'react';
import { formatBytes } from '../../utils/i18n/format-bytes';
import { t } from '../../utils/i18n/t';
import { persistStorage, storageState, type StorageState } from '../../utils/library/db/storage-state';

/**
 * Data and storage in plain words: what Sift takes, what is free, and whether the browser keeps the library
 * through its automatic cleanup (the library's own navigator.storage reading, utils/library/db/storage-state.ts).
 */
export function StorageInfo() {
  const [state, setState] = useState<StorageState>();
  const [refused, setRefused] = useState(false);
  const refresh = useCallback(() => void storageState(navigator.storage).then(setState), []);
  useEffect(refresh, [refresh]);
  const keep = () =>
    void persistStorage(navigator.storage).then((granted) => {
      setRefused(!granted);
      refresh();
    });
  const size = (bytes: number) => formatBytes(bytes, t('locale_tag'));
  return (
    <section aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('settings_storage_title')}</h2>
      {state && state.usage !== null && state.quota !== null ? (
        <p>
          <span className="page-storage-free">{t('settings_storage_free', size(state.quota - state.usage))}</span>{' '}
          {t('settings_storage_used', size(state.usage))}
        </p>
      ) : (
        state && <p>{t('storage_unknown')}</p>
      )}
      {state?.persisted === true && <p className="page-kept">{t('settings_storage_kept')}</p>}
      {state?.persisted === false && (
        <p>
          {t('settings_storage_not_kept')}{' '}
          <button type="button" onClick={keep}>
            {t('storage_keep')}
          </button>
        </p>
      )}
      {refused && state?.persisted === false && <p role="status">{t('settings_storage_refused')}</p>}
      <p className="page-muted">{t('settings_storage_where')}</p>
    </section>
  );
}
