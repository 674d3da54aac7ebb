import type { ReactNode } from 'react';
import { t } from '../../utils/i18n/t';
import type { CleanState } from './PopupApi';

interface Props {
  clean: CleanState;
  children: ReactNode;
}

/**
 * What Sift did to the page (hidden count, undo, the site switch, what was hidden) behind one button that names the
 * count, so those controls take one place in the toolbar row instead of two rows above the article.
 */
export function PageMenu({ clean, children }: Props) {
  return (
    <details className="sift-menu sift-page-menu">
      <summary>
        <span className="sift-page-menu-count">
          {clean.siteEnabled ? t('clean_hidden_count', clean.hidden) : t('clean_off')}
        </span>
      </summary>
      <div className="sift-menu-body">{children}</div>
    </details>
  );
}
