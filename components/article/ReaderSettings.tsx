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
import { SettingSelect } from './SettingSelect';

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
const FONTS: readonly FontFamily[] = ['sans', 'serif'];
const FONT_LABELS: Record<FontFamily, MessageKey> = { sans: 'reading_font_sans', serif: 'reading_font_serif' };
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
        <SettingSelect
          label={t('settings_theme')}
          value={prefs.theme}
          options={THEMES}
          optionLabel={(theme) => t(THEME_LABELS[theme])}
          onChange={(theme) => set({ theme })}
        />
        <SettingSelect
          label={t('reading_font')}
          value={prefs.font}
          options={FONTS}
          optionLabel={(font) => t(FONT_LABELS[font])}
          onChange={(font) => set({ font })}
        />
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
        <SettingSelect
          label={t('reading_line_height')}
          value={prefs.lineHeight}
          options={LINE_HEIGHTS}
          optionLabel={(height) => height.toFixed(1)}
          onChange={(lineHeight) => set({ lineHeight })}
        />
        <SettingSelect
          label={t('reading_width')}
          value={prefs.width}
          options={MEASURES}
          optionLabel={(width) => t(WIDTH_LABELS[width])}
          onChange={(width) => set({ width })}
        />
      </div>
    </details>
  );
}
