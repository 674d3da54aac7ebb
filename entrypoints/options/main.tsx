import { createRoot } from 'react-dom/client';
import { SettingsApp } from '../../components/settings/SettingsApp';
import { applyUiLanguage, t } from '../../utils/i18n/t';

// Wiring only: the settings page (the browser's "Options" for Sift, linked from the library and the welcome page).
function main() {
  applyUiLanguage(document, t('settings_page_title'));
  createRoot(document.getElementById('root')!).render(<SettingsApp />);
}

main();
