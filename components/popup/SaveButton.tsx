export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; updated: boolean }
  | { kind: 'error'; message: string };

interface Props {
  state: SaveState;
  disabled: boolean;
  onSave: () => void;
}

/** Save, and what came of it, announced to screen readers. */
export function SaveButton({ state, disabled, onSave }: Props) {
  const label = state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? (state.updated ? 'Updated ✓' : 'Saved ✓') : 'Save';
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
        {state.kind === 'saved' ? (state.updated ? 'Saved again: the library copy was updated.' : 'Saved to your library.') : ''}
      </span>
      {state.kind === 'error' ? (
        <p className="sift-error" role="alert">
          Not saved: {state.message}
        </p>
      ) : null}
    </>
  );
}
