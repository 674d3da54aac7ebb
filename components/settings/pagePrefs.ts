import type { PrefsStore } from '../../hooks/useReaderPrefs';
import { loadReaderPrefs, saveReaderPrefs, watchReaderPrefs } from '../../utils/storage/reader-settings';

/** The reader's prefs in extension storage, watched: the welcome and settings pages wear the theme they picked. */
export const pagePrefs: PrefsStore = { load: loadReaderPrefs, save: saveReaderPrefs, watch: watchReaderPrefs };
