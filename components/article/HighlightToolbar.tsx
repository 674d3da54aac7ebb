import { useEffect, useRef, useState } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/highlights/types';
import { t } from '../../utils/i18n/t';

export interface ToolbarTarget {
  /** Where to draw (viewport coordinates of the selection or the mark). */
  rect: { left: number; bottom: number; top: number };
  /** The highlight being changed; absent for a new selection. */
  existing?: { color: HighlightColor; note: string };
  /** Start with the note box open (the N key, or a click on a mark with a note). */
  noting?: boolean;
}

interface Props {
  target: ToolbarTarget;
  onColor: (color: HighlightColor) => void;
  onNote: (note: string, color: HighlightColor) => void;
  onRemove?: () => void;
  onClose: () => void;
  /** A line under the buttons for a new highlight. */
  hint?: string;
}

const COLOR_LABEL = {
  yellow: 'hl_color_yellow',
  green: 'hl_color_green',
  blue: 'hl_color_blue',
  pink: 'hl_color_pink',
} as const;

/**
 * The small bar over a selection or a highlight: a colour per button, a note, and for a highlight, Remove.
 * Mouse-down does not take focus from the text, so the selection survives a click; Tab reaches it too.
 */
export function HighlightToolbar({ target, onColor, onNote, onRemove, onClose, hint }: Props) {
  const [noting, setNoting] = useState(target.noting ?? false);
  const [note, setNote] = useState(target.existing?.note ?? '');
  const box = useRef<HTMLTextAreaElement>(null);
  const color = target.existing?.color ?? 'yellow';
  useEffect(() => {
    if (noting) box.current?.focus();
  }, [noting]);
  const top = Math.min(target.rect.bottom + 6, window.innerHeight - (noting ? 160 : 60));
  const left = Math.max(4, Math.min(target.rect.left, window.innerWidth - 240));
  return (
    <div
      className="sift-hl-toolbar"
      role="toolbar"
      aria-label={t('hl_toolbar')}
      title={t('hl_toolbar_hint')}
      style={{ top: Math.max(4, top), left }}
      onMouseDown={(event) => {
        if (!(event.target instanceof HTMLTextAreaElement)) event.preventDefault();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      {HIGHLIGHT_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className={`sift-hl-swatch sift-hl-${c}`}
          data-hl-color={c}
          aria-pressed={target.existing ? c === color : undefined}
          aria-label={t(COLOR_LABEL[c])}
          title={t(COLOR_LABEL[c])}
          onClick={() => onColor(c)}
        />
      ))}
      <button type="button" className="sift-hl-note-button" aria-expanded={noting} onClick={() => setNoting(!noting)}>
        {target.existing?.note ? t('hl_edit_note') : t('hl_add_note')}
      </button>
      {onRemove ? (
        <button type="button" className="sift-hl-remove" onClick={onRemove}>
          {t('hl_remove')}
        </button>
      ) : null}
      {hint && !target.existing ? <p className="sift-hl-hint">{hint}</p> : null}
      {noting ? (
        <>
          <textarea
            ref={box}
            className="sift-hl-note"
            aria-label={t('hl_note_label')}
            value={note}
            maxLength={10_000}
            onChange={(event) => setNote(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onNote(note, color);
            }}
          />
          <button type="button" className="sift-hl-save-note" onClick={() => onNote(note, color)}>
            {t('hl_save_note')}
          </button>
        </>
      ) : null}
    </div>
  );
}
