import type { ReaderPrefs, Theme } from '../../utils/storage/reader-settings';
import { FONT_SIZES } from '../../utils/storage/reader-settings';

interface Props {
  prefs: ReaderPrefs;
  onChange: (prefs: ReaderPrefs) => void;
}

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'sepia', label: 'Sepia' },
];

/** Theme (following the system unless the reader picks one) and text size. */
export function ReaderSettings({ prefs, onChange }: Props) {
  const size = (delta: number) =>
    onChange({ ...prefs, fontSize: Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, prefs.fontSize + delta)) });
  return (
    <div className="sift-settings" role="group" aria-label="Reading settings">
      <label>
        <span className="sift-visually-hidden">Theme</span>
        <select value={prefs.theme} onChange={(e) => onChange({ ...prefs, theme: e.target.value as Theme })} aria-label="Theme">
          {THEMES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => size(-FONT_SIZES.step)} disabled={prefs.fontSize <= FONT_SIZES.min} aria-label="Smaller text">
        A−
      </button>
      <output aria-live="polite" aria-label="Text size">{prefs.fontSize}px</output>
      <button type="button" onClick={() => size(FONT_SIZES.step)} disabled={prefs.fontSize >= FONT_SIZES.max} aria-label="Larger text">
        A+
      </button>
    </div>
  );
}
