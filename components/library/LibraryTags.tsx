import { useState, type FormEvent } from 'react';
import { t } from '../../utils/i18n/t';
import { normalizeTags } from '../../utils/library/write/normalize-tags';

interface Props {
  tags: string[];
  onChange: (tags: string[]) => void;
}

/** Tag chips with a remove button each and a field to add more (comma-separated is fine). */
export function LibraryTags({ tags, onChange }: Props) {
  const [draft, setDraft] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    // As typed ("NASA" stays NASA); a tag already there in another case is not added twice.
    const added = draft.split(',').filter((tag) => tag.trim());
    if (added.length) onChange(normalizeTags([...tags, ...added]));
    setDraft('');
  };

  return (
    <div className="lib-tags">
      <ul aria-label={t('tags_label')}>
        {tags.map((tag) => (
          <li key={tag} className="lib-tag">
            {tag}
            <button
              type="button"
              aria-label={t('tags_remove', tag)}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <input
          aria-label={t('tags_add_label')}
          placeholder={t('tags_add_placeholder')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit">{t('tags_add')}</button>
      </form>
    </div>
  );
}
