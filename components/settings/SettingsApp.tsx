import { pagePrefs } from './pagePrefs';
import { SiteRulesList } from './SiteRulesList';
import { SitesOff } from './SitesOff';
import { StorageInfo } from './StorageInfo';
import { ReaderSettings } from '../article/ReaderSettings';
import { useReaderPrefs } from '../../hooks/useReaderPrefs';
import { t } from '../../utils/i18n/t';
import './page.css';

/** Sift's settings: reading defaults, sites switched off, the reader's own rules, data and storage. */
export function SettingsApp() {
  const [prefs, changePrefs] = useReaderPrefs(pagePrefs);
  return (
    <main className="page">
      <header className="page-header">
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <h1>{t('settings_page_title')}</h1>
      </header>
      <section aria-labelledby="settings-reading">
        <h2 id="settings-reading">{t('settings_reading_title')}</h2>
        <p className="page-muted">{t('settings_reading_hint')}</p>
        <ReaderSettings prefs={prefs} onChange={changePrefs} />
      </section>
      <SitesOff />
      <SiteRulesList />
      <StorageInfo />
      <nav className="page-links" aria-label={t('welcome_next_title')}>
        <a href="/library.html">{t('welcome_open_library')}</a>
        <a href="/welcome.html">{t('settings_open_welcome')}</a>
      </nav>
    </main>
  );
}
