import type { ReadFilter } from './LibraryApi';
import { t } from '../../utils/i18n/t';

interface Props {
  search: string;
  site: string | null;
  tag: string | null;
  read: ReadFilter;
  sites: string[];
  tags: string[];
  onSearch: (text: string) => void;
  onSite: (site: string | null) => void;
  onTag: (tag: string | null) => void;
  onRead: (read: ReadFilter) => void;
}

/** Search box and the site / tag / read-state filters, all labelled for screen readers. */
export function LibraryFilters(props: Props) {
  return (
    <div className="lib-filters" role="search">
      <input
        type="search"
        className="lib-search"
        aria-label={t('lib_search_label')}
        placeholder={t('lib_search_placeholder')}
        value={props.search}
        onChange={(event) => props.onSearch(event.target.value)}
      />
      <label>
        {t('lib_site')}{' '}
        <select
          className="lib-facet"
          value={props.site ?? ''}
          onChange={(event) => props.onSite(event.target.value || null)}
        >
          <option value="">{t('lib_all_sites')}</option>
          {props.sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('lib_tag')}{' '}
        <select
          className="lib-facet"
          value={props.tag ?? ''}
          onChange={(event) => props.onTag(event.target.value || null)}
        >
          <option value="">{t('lib_all_tags')}</option>
          {props.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('lib_show')}{' '}
        <select value={props.read} onChange={(event) => props.onRead(event.target.value as ReadFilter)}>
          <option value="all">{t('lib_all')}</option>
          <option value="unread">{t('lib_unread')}</option>
          <option value="read">{t('lib_read')}</option>
        </select>
      </label>
    </div>
  );
}
