import { createPopupApi } from '../../utils/popup/popup-api';
import { applyUiLanguage } from '../../utils/i18n/t';

// Wiring only. The tab is asked for its article first (createPopupApi starts the read), and react-dom loads while
// the content script extracts: index.html's static shell shows meanwhile, then React's shell replaces it.
performance.mark('sift:entry');
applyUiLanguage(document);
const api = createPopupApi(location.search);

void Promise.all([import('react-dom/client'), import('../../components/popup/PopupApp')]).then(
  ([{ createRoot }, { PopupApp }]) => {
    performance.mark('sift:react');
    const root = createRoot(document.getElementById('root')!);
    root.render(<PopupApp api={null} />);
    void api.then((ready) => root.render(<PopupApp api={ready} />));
  },
);
