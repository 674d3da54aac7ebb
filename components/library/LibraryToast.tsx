import { useEffect } from 'react';

export interface Toast {
  id: number;
  text: string;
  /** Shown as a button when present (e.g. Undo). */
  action?: { label: string; run: () => void };
}

interface Props {
  toast: Toast | null;
  onDone: () => void;
  /** How long it stays; long enough to reach Undo by keyboard. */
  ms?: number;
}

/** A polite live region with one message and an optional action, gone after a while. */
export function LibraryToast({ toast, onDone, ms = 8000 }: Props) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDone, ms);
    return () => clearTimeout(timer);
  }, [toast, onDone, ms]);

  return (
    <div className="lib-toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="lib-toast">
          {toast.text}
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                toast.action!.run();
                onDone();
              }}
            >
              {toast.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
