import { t } from '../../utils/i18n/t';

/** `updated` false with `announce` false: the page was saved before the popup opened (nothing to announce). */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; updated: boolean; announce?: boolean }
  | { kind: 'error'; message: string };

interface Props {
  state: SaveState;
  disabled: boolean;
  onSave: () => void;
}

/**
 * Save, and what came of it, announced to screen readers. A saved page says "Saved" (pressing it again updates the
 * library's copy from the page as it is now).
 */
export function SaveButton({ state, disabled, onSave }: Props) {
  const label = state.kind === 'saving' ? t('save_saving') : state.kind === 'saved' ? t('save_saved') : t('save_save');
  return (
    <>
      <button
        type="button"
        className="sift-primary sift-save"
        data-save-state={state.kind}
        disabled={disabled || state.kind === 'saving'}
        title={state.kind === 'saved' ? (state.updated ? t('save_updated') : t('popup_save_again_title')) : undefined}
        onClick={onSave}
      >
        {label}
      </button>
      <span className="sift-visually-hidden" role="status">
        {state.kind === 'saved' && state.announce !== false
          ? state.updated
            ? t('save_saved_again_status')
            : t('save_saved_status')
          : ''}
      </span>
      {state.kind === 'error' ? (
        <p className="sift-error" role="alert">
          {t('save_not_saved', state.message)}
        </p>
      ) : null}
    </>
  );
}
