import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/PopupApp';
import { createPopupApi } from '../../utils/popup-api';

// Wiring only: draw the shell at once, then hand the app its api once the target tab is known.
const root = createRoot(document.getElementById('root')!);
root.render(<PopupApp api={null} />);
void createPopupApi(location.search).then((api) => root.render(<PopupApp api={api} />));
