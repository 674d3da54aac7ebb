import { useStored } from './useStored';
import { exportSiteSettings, setSiteEnabled, watchAllSites } from '../../utils/storage/site-settings';
import { t } from '../../utils/i18n/t';

/** Sites the reader switched Sift off for (from the popup), each with a button that switches it back on. */
export function SitesOff() {
  const settings = useStored(exportSiteSettings, watchAllSites);
  const off = Object.entries(settings ?? {})
    .filter(([, value]) => !value.enabled)
    .map(([site]) => site)
    .sort();
  return (
    <section aria-labelledby="settings-sites">
      <h2 id="settings-sites">{t('settings_sites_title')}</h2>
      {settings === undefined ? null : off.length === 0 ? (
        <p className="page-muted">{t('settings_sites_none')}</p>
      ) : (
        <ul className="page-list">
          {off.map((site) => (
            <li key={site}>
              <span className="page-site">{site}</span>
              <button
                type="button"
                aria-label={t('settings_site_on_label', site)}
                onClick={() => void setSiteEnabled(site, true)}
              >
                {t('settings_site_on')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
