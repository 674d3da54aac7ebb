import { useStored } from './useStored';
import { allReaderRules, removeReaderRule, watchAllReaderRules } from '../../utils/storage/site-rules';
import { t } from '../../utils/i18n/t';

/** The reader's own rules (blocks picked to hide, blocks kept shown), per site, each removable. */
export function SiteRulesList() {
  const rules = useStored(allReaderRules, watchAllReaderRules);
  const sites = Object.keys(rules ?? {}).sort();
  return (
    <section aria-labelledby="settings-rules">
      <h2 id="settings-rules">{t('settings_rules_title')}</h2>
      {rules === undefined ? null : sites.length === 0 ? (
        <p className="page-muted">{t('settings_rules_none')}</p>
      ) : (
        sites.map((site) => (
          <div key={site} className="page-rules">
            <h3 className="page-site">{site}</h3>
            <ul className="page-list">
              {(['hide', 'show'] as const).flatMap((kind) =>
                rules[site]![kind].map((selector) => (
                  <li key={`${kind} ${selector}`}>
                    <span>{t(kind === 'hide' ? 'site_rule_hide' : 'site_rule_show', selector)}</span>
                    <button
                      type="button"
                      aria-label={t('site_rule_remove_label', selector)}
                      onClick={() => void removeReaderRule(site, kind, selector)}
                    >
                      {t('site_rule_remove')}
                    </button>
                  </li>
                )),
              )}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
