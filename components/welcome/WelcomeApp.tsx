import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { WelcomeDemo } from './WelcomeDemo';
import { pagePrefs } from '../settings/pagePrefs';
import { useReaderPrefs } from '../../hooks/useReaderPrefs';
import { t } from '../../utils/i18n/t';
import '../settings/page.css';

// The shortcut's name in the manifest (utils/background/saving.ts's COMMAND, not imported: that module is the
// background's and brings its messaging along).
const SAVE_COMMAND = 'save-page';
const firefox = import.meta.env.FIREFOX;

/** The save shortcut as the reader has it now ('' when they removed it), or undefined while asking. */
function useSaveShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    void browser.commands.getAll().then(
      (commands) => setShortcut(commands.find((c) => c.name === SAVE_COMMAND)?.shortcut ?? ''),
      () => setShortcut(''),
    );
  }, []);
  return shortcut;
}

/** Keys of a shortcut as the browser writes it ("Alt+Shift+S"), each in its own <kbd>. */
const Keys = ({ shortcut }: { shortcut: string }) => (
  <kbd className="w-keys">
    {shortcut.split('+').map((key, i) => (
      <span key={i}>
        {i > 0 && '+'}
        <kbd>{key}</kbd>
      </span>
    ))}
  </kbd>
);

/** The page a first install opens: what Sift does, how to pin it, the save shortcut and where to change it. */
export function WelcomeApp() {
  useReaderPrefs(pagePrefs);
  const shortcut = useSaveShortcut();
  return (
    <main className="page">
      <header className="page-header">
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <div>
          <h1>{t('welcome_title')}</h1>
          <p>{t('welcome_intro')}</p>
        </div>
      </header>

      <section aria-labelledby="welcome-what">
        <h2 id="welcome-what">{t('welcome_what_title')}</h2>
        <WelcomeDemo />
      </section>

      <section aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{t('welcome_pin_title')}</h2>
        <ol>
          <li>{firefox ? t('welcome_pin_firefox_1') : t('welcome_pin_chrome_1')}</li>
          <li>{firefox ? t('welcome_pin_firefox_2') : t('welcome_pin_chrome_2')}</li>
        </ol>
      </section>

      <section aria-labelledby="welcome-shortcut">
        <h2 id="welcome-shortcut">{t('welcome_shortcut_title')}</h2>
        <p className="w-shortcut" aria-busy={shortcut === undefined}>
          {shortcut ? (
            <>
              {t('welcome_shortcut_is')} <Keys shortcut={shortcut} />
            </>
          ) : (
            shortcut === '' && t('welcome_shortcut_none')
          )}
        </p>
        {/* Text, not links: extension pages may not open chrome:// or about: pages in every browser. */}
        <p>{firefox ? t('welcome_shortcut_change_firefox') : t('welcome_shortcut_change_chrome')}</p>
        <p>{t('welcome_save_other_ways')}</p>
      </section>

      <nav className="page-links" aria-label={t('welcome_next_title')}>
        <a href="/library.html">{t('welcome_open_library')}</a>
        <a href="/options.html">{t('welcome_open_settings')}</a>
      </nav>
    </main>
  );
}
