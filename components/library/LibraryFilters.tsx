import type { ReadFilter } from './LibraryApi';

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
        aria-label="Search saved articles by title, text or figure"
        placeholder="Search title, text, figures…"
        value={props.search}
        onChange={(event) => props.onSearch(event.target.value)}
      />
      <label>
        Site{' '}
        <select className="lib-facet" value={props.site ?? ''} onChange={(event) => props.onSite(event.target.value || null)}>
          <option value="">All sites</option>
          {props.sites.map((site) => (
            <option key={site} value={site}>{site}</option>
          ))}
        </select>
      </label>
      <label>
        Tag{' '}
        <select className="lib-facet" value={props.tag ?? ''} onChange={(event) => props.onTag(event.target.value || null)}>
          <option value="">All tags</option>
          {props.tags.map((tag) => (
            <option key={tag} value={tag}>{tag}</option>
          ))}
        </select>
      </label>
      <label>
        Show{' '}
        <select value={props.read} onChange={(event) => props.onRead(event.target.value as ReadFilter)}>
          <option value="all">All</option>
          <option value="unread">Unread</option>
          <option value="read">Read</option>
        </select>
      </label>
    </div>
  );
}
