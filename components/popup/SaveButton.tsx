import { t } from '../../utils/i18n/t';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; updated: boolean } | { kind: 'error'; message: string };

interface Props {
  state: SaveState;
  disabled: boolean;
  onSave: () => void;
}

/** Save, and what came of it, announced to screen readers. */
export function SaveButton({ state, disabled, onSave }: Props) {
  const label =
    state.kind === 'saving'
      ? t('save_saving')
      : state.kind === 'saved'
        ? state.updated
          ? t('save_updated')
          : t('save_saved')
        : t('save_save');
  return (
    <>
      <button
        type="button"
        className="sift-primary sift-save"
        data-save-state={state.kind}
        disabled={disabled || state.kind === 'saving'}
        onClick={onSave}
      >
        {label}
      </button>
      <span className="sift-visually-hidden" role="status">
        {state.kind === 'saved' ? (state.updated ? t('save_saved_again_status') : t('save_saved_status')) : ''}
      </span>
      {state.kind === 'error' ? (
        <p className="sift-error" role="alert">
          {t('save_not_saved', state.message)}
        </p>
      ) : null}
    </>
  );
}
