import type { StorageState } from './LibraryApi';
import { t } from '../../utils/i18n/t';

interface Props {
  state: StorageState | undefined;
  onPersist: () => void;
}

// Made on first use: t() needs the browser's i18n, which a module's top level should not reach for.
let size: Intl.NumberFormat | undefined;
const mb = (bytes: number) =>
  (size ??= new Intl.NumberFormat(t('locale_tag'), {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  })).format(bytes / 1e6);

/** How much room the library takes, and a button asking the browser to never evict it. */
export function LibraryStorage({ state, onPersist }: Props) {
  if (!state || state.usage === null || state.quota === null) {
    return <span className="lib-storage">{t('storage_unknown')}</span>;
  }
  const share = state.quota > 0 ? state.usage / state.quota : 0;
  return (
    <span className="lib-storage">
      <meter
        min={0}
        max={1}
        low={0.7}
        high={0.9}
        optimum={0}
        value={share}
        aria-label={t('storage_used', mb(state.usage), mb(state.quota))}
      />{' '}
      {t('count_of', mb(state.usage), mb(state.quota))}
      {state.persisted === false && (
        <button type="button" className="lib-linkish" onClick={onPersist}>
          {t('storage_keep')}
        </button>
      )}
      {state.persisted === true && <span className="lib-persisted"> · {t('storage_kept')}</span>}
    </span>
  );
}
