import { useEffect, useRef, useState } from 'react';
import { t } from '../../utils/i18n/t';
import type { SyncSettings as Settings, SyncStatus, SyncStore } from '../../utils/storage/sync-settings';
import { isAllowedUrl } from '../../utils/sync/couch';
import type { SyncProgress } from '../../utils/sync/pull';

interface Props {
  store: SyncStore;
  /** One sync now, its outcome recorded in the store's status (utils/sync/run-sync.ts over the page's library). */
  run: (progress: SyncProgress) => Promise<SyncStatus>;
  /** Checks the server and database without writing anything; rejects with the reason in words. */
  test: (settings: Settings) => Promise<void>;
}

type Field = 'url' | 'db' | 'user' | 'password';
const FIELDS: { key: Field; label: () => string; type: string; auto: string }[] = [
  { key: 'url', label: () => t('sync_url'), type: 'url', auto: 'url' },
  { key: 'db', label: () => t('sync_database'), type: 'text', auto: 'off' },
  { key: 'user', label: () => t('sync_user'), type: 'text', auto: 'username' },
  { key: 'password', label: () => t('sync_password'), type: 'password', auto: 'current-password' },
];

/** Settings → Sync: opt-in, off by default; every control labelled (tests drive it by role and label). */
export function SyncSettings({ store, run, test }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [busy, setBusy] = useState<'test' | 'sync' | null>(null);
  const [note, setNote] = useState('');
  const [done, setDone] = useState(0);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    void store.settings().then(setSettings);
    void store.status().then(setStatus);
  }, [store]);
  if (!settings) return null;

  const change = (next: Settings) => {
    setSettings(next);
    void store.saveSettings(next);
  };
  const insecure = settings.url.trim() !== '' && !isAllowedUrl(settings.url.trim());
  const ready = settings.url.trim() !== '' && settings.db.trim() !== '' && !insecure && !busy;

  const onTest = async () => {
    setBusy('test');
    setNote('');
    try {
      await test(settings);
      setNote(t('sync_test_ok'));
    } catch (error) {
      setNote((error as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const onSync = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setBusy('sync');
    setNote('');
    setDone(0);
    try {
      setStatus(await run({ signal: controller.signal, onProgress: (_, n) => setDone(n) }));
    } finally {
      abort.current = null;
      setBusy(null);
    }
  };

  return (
    <section className="sync-settings" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('sync_title')}</h2>
      <p>{t('sync_intro')}</p>
      <label>
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => change({ ...settings, enabled: e.currentTarget.checked })}
        />{' '}
        {t('sync_enabled')}
      </label>
      {FIELDS.map(({ key, label, type, auto }) => (
        <label key={key}>
          {label()}{' '}
          <input
            type={type}
            autoComplete={auto}
            value={settings[key]}
            onChange={(e) => change({ ...settings, [key]: e.currentTarget.value })}
          />
        </label>
      ))}
      {insecure && <p role="alert">{t('sync_error_insecure')}</p>}
      <div>
        <button type="button" disabled={!ready} onClick={() => void onTest()}>
          {t('sync_test')}
        </button>{' '}
        <button type="button" disabled={!ready} onClick={() => void onSync()}>
          {t('sync_now')}
        </button>{' '}
        {busy === 'sync' && (
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('sync_cancel')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite">
        {busy === 'sync' ? t('sync_running', done) : note || describeStatus(status)}
      </p>
      {!busy && status?.lastError && <p className="sync-error">{t('sync_last_error', status.lastError)}</p>}
    </section>
  );
}

function describeStatus(status: SyncStatus | null): string {
  if (!status?.lastSync) return t('sync_never');
  const when = new Date(status.lastSync).toLocaleString(t('locale_tag'));
  return t('sync_last', when, status.pulled, status.pushed);
}
