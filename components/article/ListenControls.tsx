import { type RefObject, useContext } from 'react';
import { useListen } from '../../hooks/useListen';
import { ReaderPrefsContext } from '../../hooks/useReaderPrefs';
import { DEFAULT_PREFS, SPEECH_RATES } from '../../utils/storage/reader-settings';
import { t } from '../../utils/i18n/t';

interface Props {
  body: RefObject<HTMLElement | null>;
  /** The article (its URL): another one stops the voice. */
  articleKey: string;
  lang: string | null;
}

/** Listen: read the article aloud, the sentence being read highlighted; pause, resume, stop and speed. */
export function ListenControls({ body, articleKey, lang }: Props) {
  const shared = useContext(ReaderPrefsContext);
  const prefs = shared?.[0] ?? DEFAULT_PREFS;
  const listen = useListen(body, articleKey, lang, prefs.speechRate);
  if (typeof speechSynthesis === 'undefined') return null;
  const { status } = listen;
  return (
    <span className="sift-listen" role="group" aria-label={t('listen_group')} data-listen={status}>
      {status === 'idle' || status === 'failed' || status === 'unavailable' ? (
        <button type="button" onClick={listen.start}>
          {t('listen_start')}
        </button>
      ) : status === 'playing' ? (
        <button type="button" onClick={listen.pause}>
          {t('listen_pause')}
        </button>
      ) : (
        <button type="button" onClick={listen.resume}>
          {t('listen_resume')}
        </button>
      )}
      {status === 'playing' || status === 'paused' ? (
        <>
          <button type="button" onClick={listen.stop}>
            {t('listen_stop')}
          </button>
          <label>
            <span className="sift-visually-hidden">{t('listen_speed')}</span>
            <select
              value={prefs.speechRate}
              title={t('listen_speed')}
              onChange={(e) => shared?.[1]({ ...prefs, speechRate: Number(e.target.value) })}
            >
              {SPEECH_RATES.map((r) => (
                <option key={r} value={r}>
                  {`${r}×`}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}
      <span className="sift-visually-hidden" role="status">
        {status === 'failed'
          ? t('listen_failed')
          : status === 'unavailable'
            ? t('hour_listen_no_voices')
            : listen.noVoice && status === 'playing'
              ? t('listen_no_voice')
              : ''}
      </span>
      {status === 'failed' ? <small className="sift-muted">{t('listen_failed')}</small> : null}
      {status === 'unavailable' ? <small className="sift-muted">{t('hour_listen_no_voices')}</small> : null}
    </span>
  );
}
