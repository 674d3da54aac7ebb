import type { ReaderPrefs, Theme } from '../../utils/storage/reader-settings';
import { FONT_SIZES } from '../../utils/storage/reader-settings';
import { type MessageKey, t } from '../../utils/i18n/t';

interface Props {
  prefs: ReaderPrefs;
  onChange: (prefs: ReaderPrefs) => void;
}

const THEMES: { value: Theme; label: MessageKey }[] = [
  { value: 'system', label: 'theme_system' },
  { value: 'light', label: 'theme_light' },
  { value: 'dark', label: 'theme_dark' },
  { value: 'sepia', label: 'theme_sepia' },
];

/** Theme (following the system unless the reader picks one) and text size. */
export function ReaderSettings({ prefs, onChange }: Props) {
  const size = (delta: number) =>
    onChange({ ...prefs, fontSize: Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, prefs.fontSize + delta)) });
  return (
    <div className="sift-settings" role="group" aria-label={t('settings_group')}>
      <label>
        <span className="sift-settings-label">{t('settings_theme')}</span>
        <select value={prefs.theme} onChange={(e) => onChange({ ...prefs, theme: e.target.value as Theme })}>
          {THEMES.map((theme) => (
            <option key={theme.value} value={theme.value}>
              {t(theme.label)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => size(-FONT_SIZES.step)}
        disabled={prefs.fontSize <= FONT_SIZES.min}
        title={t('settings_smaller')}
      >
        A−<span className="sift-visually-hidden"> {t('settings_smaller')}</span>
      </button>
      <output aria-live="polite" aria-label={t('settings_size')}>
        {t('settings_px', prefs.fontSize)}
      </output>
      <button
        type="button"
        onClick={() => size(FONT_SIZES.step)}
        disabled={prefs.fontSize >= FONT_SIZES.max}
        title={t('settings_larger')}
      >
        A+<span className="sift-visually-hidden"> {t('settings_larger')}</span>
      </button>
    </div>
  );
}
