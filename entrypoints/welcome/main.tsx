import { createRoot } from 'react-dom/client';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { applyUiLanguage, t } from '../../utils/i18n/t';

// Wiring only: the page that opens once, on first install (utils/background/welcome.ts).
function main() {
  applyUiLanguage(document, t('welcome_title'));
  createRoot(document.getElementById('root')!).render(<WelcomeApp />);
}

main();
