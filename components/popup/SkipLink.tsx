import type { MouseEvent, RefObject } from 'react';
import { t } from '../../utils/i18n/t';

interface Props {
  /** The scrolling region that holds the article (or the page's status when there is none). */
  main: RefObject<HTMLElement | null>;
}

/**
 * The popup's first focusable element: keyboard readers jump past the toolbar (and the key figures) to the text.
 * Focus is moved by hand rather than by following `#…`: the article's body has no id of its own (the library shows
 * the same view), and a hash would not move focus into a region that is not focusable.
 */
export function SkipLink({ main }: Props) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const region = main.current;
    const target = region?.querySelector<HTMLElement>('.sift-body') ?? region;
    if (!target) return;
    // Focusable by script only: the text is not a stop in the tab order.
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <a className="sift-skip" href="#sift-main" onClick={skip}>
      {t('hour_skip_to_text')}
    </a>
  );
}
