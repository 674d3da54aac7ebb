import { useState } from 'react';
import type { HiddenItem, HiddenWhy } from '../../utils/messaging/page-tools-global';
import { t, type MessageKey } from '../../utils/i18n/t';
import type { ReaderRules } from '../../utils/storage/site-rules';
import type { PopupApi } from './PopupApi';

const WHY: Record<HiddenWhy, MessageKey> = {
  ad: 'why_ad',
  sponsored: 'why_sponsored',
  'app-promo': 'why_app_promo',
  newsletter: 'why_newsletter',
  consent: 'why_consent',
  overlay: 'why_overlay',
  related: 'why_related',
  comments: 'why_comments',
  share: 'why_share',
  'sticky-video': 'why_sticky_video',
  picked: 'why_picked',
  lists: 'why_lists',
};

interface Props {
  api: PopupApi;
  /** The page's host, for the reader's rules; null when unknown. */
  hostname: string | null;
  /** Told after a block is shown again, so the hidden count follows. */
  onChanged: () => void;
}

/** What Sift hid here, grouped by why, each with "Show"; the reader's rules for the site; the picker. */
export function HiddenPanel({ api, hostname, onChanged }: Props) {
  const [items, setItems] = useState<HiddenItem[] | null>(null);
  const [rules, setRules] = useState<ReaderRules>({ hide: [], show: [] });
  const load = async () => {
    setItems(await api.hiddenList());
    if (hostname) setRules(await api.readerRules(hostname));
  };
  const groups = new Map<HiddenWhy, { item: HiddenItem; index: number }[]>();
  (items ?? []).forEach((item, index) => groups.set(item.why, [...(groups.get(item.why) ?? []), { item, index }]));
  const ruleRows = [
    ...rules.hide.map((selector) => ({ kind: 'hide' as const, selector })),
    ...rules.show.map((selector) => ({ kind: 'show' as const, selector })),
  ];

  return (
    <section className="sift-hidden-panel">
      <details onToggle={(e) => void ((e.currentTarget as HTMLDetailsElement).open && load())}>
        <summary>{t('hidden_list_title')}</summary>
        {items !== null && !items.length ? <p>{t('hidden_list_empty')}</p> : null}
        {[...groups].map(([why, rows]) => (
          <div key={why} className="sift-hidden-group">
            <h3>{t(WHY[why])}</h3>
            <ul>
              {rows.map(({ item, index }) => (
                <li key={index}>
                  <span className="sift-hidden-text">{item.text}</span>
                  <button
                    type="button"
                    aria-label={t('hidden_show_one_label', item.text)}
                    onClick={async () => {
                      if (await api.showHidden(index)) onChanged();
                      await load();
                    }}
                  >
                    {t('hidden_show_one')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {hostname && ruleRows.length ? (
          <div className="sift-hidden-group">
            <h3>{t('site_rules_title')}</h3>
            <ul>
              {ruleRows.map(({ kind, selector }) => (
                <li key={`${kind} ${selector}`}>
                  <code>{t(kind === 'hide' ? 'site_rule_hide' : 'site_rule_show', selector)}</code>
                  <button
                    type="button"
                    aria-label={t('site_rule_remove_label', selector)}
                    onClick={async () => {
                      await api.removeReaderRule(hostname, kind, selector);
                      onChanged();
                      await load();
                    }}
                  >
                    {t('site_rule_remove')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </details>
      <button
        type="button"
        onClick={async () => {
          // The popup closes as the reader clicks into the page; the picker lives on there.
          if ((await api.startPicker()) && !api.full) window.close();
        }}
      >
        {t('picker_start')}
      </button>
    </section>
  );
}
