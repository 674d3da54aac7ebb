import {
  FONT_SIZES,
  LINE_HEIGHTS,
  MEASURES,
  THEMES,
  type FontFamily,
  type Measure,
  type ReaderPrefs,
  type Theme,
} from '../../utils/storage/reader-settings';
import { type MessageKey, t } from '../../utils/i18n/t';

interface Props {
  prefs: ReaderPrefs;
  /** Only what changed: the owner merges it into the latest prefs. */
  onChange: (patch: Partial<ReaderPrefs>) => void;
}

const THEME_LABELS: Record<Theme, MessageKey> = {
  system: 'theme_system',
  light: 'theme_light',
  dark: 'theme_dark',
  sepia: 'theme_sepia',
};
const WIDTH_LABELS: Record<Measure, MessageKey> = {
  narrow: 'reading_width_narrow',
  medium: 'reading_width_medium',
  wide: 'reading_width_wide',
};

/**
 * The one set of reading settings (popup, full tab, library): theme, typeface, size, line spacing and line length,
 * behind one "Aa" button so the article, not the controls, fills the first screen. Every control has a visible label.
 */
export function ReaderSettings({ prefs, onChange }: Props) {
  const set = (patch: Partial<ReaderPrefs>) => onChange(patch);
  const size = (delta: number) =>
    set({ fontSize: Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, prefs.fontSize + delta)) });
  return (
    <details className="sift-settings sift-menu">
      <summary title={t('settings_group')}>
        <span aria-hidden="true">{t('reading_settings_button')}</span>
        <span className="sift-visually-hidden">{t('settings_group')}</span>
      </summary>
      <div className="sift-menu-body" role="group" aria-label={t('settings_group')}>
        <label>
          <span className="sift-settings-label">{t('settings_theme')}</span>
          <select value={prefs.theme} onChange={(e) => set({ theme: e.target.value as Theme })}>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(THEME_LABELS[theme])}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="sift-settings-label">{t('reading_font')}</span>
          <select value={prefs.font} onChange={(e) => set({ font: e.target.value as FontFamily })}>
            <option value="sans">{t('reading_font_sans')}</option>
            <option value="serif">{t('reading_font_serif')}</option>
          </select>
        </label>
        <div className="sift-settings-row">
          <span className="sift-settings-label" id="sift-size-label">
            {t('settings_size')}
          </span>
          <button
            type="button"
            onClick={() => size(-FONT_SIZES.step)}
            disabled={prefs.fontSize <= FONT_SIZES.min}
            title={t('settings_smaller')}
          >
            A−<span className="sift-visually-hidden"> {t('settings_smaller')}</span>
          </button>
          <output aria-live="polite" aria-labelledby="sift-size-label">
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
        <label>
          <span className="sift-settings-label">{t('reading_line_height')}</span>
          <select value={prefs.lineHeight} onChange={(e) => set({ lineHeight: Number(e.target.value) })}>
            {LINE_HEIGHTS.map((h) => (
              <option key={h} value={h}>
                {h.toFixed(1)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="sift-settings-label">{t('reading_width')}</span>
          <select value={prefs.width} onChange={(e) => set({ width: e.target.value as Measure })}>
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(WIDTH_LABELS[m])}
              </option>
            ))}
          </select>
        </label>
      </div>
    </details>
  );
}
