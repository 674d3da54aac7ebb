import listSource from '@/generated/filter-lists/source.json';
import type { FilterListSource } from '@/utils/clean/filter-list';
import type { CleanState } from './PopupApi';
import { t } from '../../utils/i18n/t';

// The bundled filter lists and their date (a list update is a release); null when built without them.
const lists = listSource as FilterListSource | null;

interface Props {
  state: CleanState;
  /** The page's host, for the per-site switch; null when unknown. */
  hostname: string | null;
  /** The reader pressed "Show everything" on this page. */
  undone: boolean;
  onShowEverything: () => void | Promise<void>;
  onCleanAgain: () => void | Promise<void>;
  onSiteEnabled: (enabled: boolean) => void | Promise<void>;
}

/** What Sift hid on the page, undo, and the per-site switch. */
export function CleanControls({ state, hostname, undone, onShowEverything, onCleanAgain, onSiteEnabled }: Props) {
  return (
    <section className="sift-clean" aria-label={t('clean_region')}>
      <span className="sift-hidden-count" role="status">
        {state.siteEnabled ? t('clean_hidden_count', state.hidden) : t('clean_off')}
      </span>
      {state.siteEnabled ? (
        undone ? (
          <button type="button" onClick={() => void onCleanAgain()}>
            {t('clean_hide')}
          </button>
        ) : (
          <button type="button" onClick={() => void onShowEverything()}>
            {t('clean_show')}
          </button>
        )
      ) : null}
      {hostname ? (
        <label className="sift-switch">
          <input
            type="checkbox"
            role="switch"
            checked={state.siteEnabled}
            aria-checked={state.siteEnabled}
            onChange={(e) => void onSiteEnabled(e.target.checked)}
          />
          {t('clean_site')}
        </label>
      ) : null}
      {lists ? (
        <small className="sift-lists">{t('clean_lists_date', lists.lists.join(' + '), lists.date)}</small>
      ) : null}
    </section>
  );
}
