import type { KeyboardEvent } from 'react';
import type { LibraryItem } from './LibraryApi';
import { LibraryRow } from './LibraryRow';
import type { RowDetails } from './useRowDetails';
import { VirtualList } from './VirtualList';
import { t } from '../../utils/i18n/t';

interface Props {
  /** undefined while the query runs: shown as loading, never as an empty library. */
  items: LibraryItem[] | undefined;
  activeIndex: number;
  openId: string | null;
  filtered: boolean;
  /** The search as typed, for the marks ('' when none). */
  query: string;
  details: RowDetails;
  onActivate: (index: number) => void;
  onOpen: (item: LibraryItem) => void;
  onDelete: (item: LibraryItem) => void;
}

/** The saved articles as a keyboard-navigable listbox, windowed so 10,000 rows stay fast. */
export function LibraryList(props: Props) {
  const { items, activeIndex, openId, filtered, query, details, onActivate, onOpen, onDelete } = props;
  if (items === undefined) {
    return (
      <p className="lib-list-state" role="status">
        {t('list_loading')}
      </p>
    );
  }
  if (items.length === 0) {
    return (
      <p className="lib-list-state" role="status">
        {filtered ? t('list_no_match') : t('list_empty')}
      </p>
    );
  }

  const move = (index: number) => onActivate(Math.max(0, Math.min(items.length - 1, index)));
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(event.currentTarget.clientHeight / ROW_HEIGHT) - 1);
    const current = items[activeIndex];
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Enter: () => current && onOpen(current),
      ' ': () => current && onOpen(current),
      Delete: () => current && onDelete(current),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const active = Math.min(Math.max(activeIndex, 0), items.length - 1);
  return (
    <VirtualList
      count={items.length}
      rowHeight={ROW_HEIGHT}
      activeIndex={active}
      outer={{
        className: 'lib-list',
        role: 'listbox',
        tabIndex: 0,
        'aria-label': t('list_label', items.length),
        'aria-activedescendant': `lib-row-${active}`,
        onKeyDown,
      }}
      renderRow={(index) => {
        const item = items[index]!;
        return (
          <div
            id={`lib-row-${index}`}
            role="option"
            aria-selected={item.id === openId}
            aria-setsize={items.length}
            aria-posinset={index + 1}
            className={rowClasses(item, index === active, item.id === openId)}
            data-id={item.id}
            onClick={() => {
              onActivate(index);
              onOpen(item);
            }}
          >
            <LibraryRow item={item} query={query} details={details} />
          </div>
        );
      }}
    />
  );
}

/** Height of a row in the list, in CSS pixels (the list is windowed on it). */
const ROW_HEIGHT = 104;

function rowClasses(item: LibraryItem, active: boolean, open: boolean): string {
  return ['lib-row', active ? 'is-active' : '', open ? 'is-open' : '', item.read ? 'is-read' : ''].join(' ');
}
