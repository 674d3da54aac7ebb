import { useState } from 'react';
import { t } from '../../utils/i18n/t';

interface Props {
  tags: string[];
  onChange: (tags: string[]) => void;
}

/** Tags for a page just saved (or saved before): typed and added with Enter, removed with ×. */
export function SavedTags({ tags, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.trim();
    setDraft('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  return (
    <div className="sift-saved-tags">
      <ul aria-label={t('popup_tags')}>
        {tags.map((tag) => (
          <li key={tag}>
            {tag}
            <button
              type="button"
              onClick={() => onChange(tags.filter((x) => x !== tag))}
              title={t('popup_tag_remove', tag)}
            >
              ×<span className="sift-visually-hidden">{t('popup_tag_remove', tag)}</span>
            </button>
          </li>
        ))}
      </ul>
      <label>
        <span className="sift-visually-hidden">{t('popup_tag_add')}</span>
        <input
          value={draft}
          placeholder={t('popup_tag_add')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
          onBlur={add}
        />
      </label>
    </div>
  );
}
