import { DEMO } from './demo-article';
import { t } from '../../utils/i18n/t';

/** A grey line of text in the picture: not words, so nothing to translate or read aloud. */
const Lines = ({ count }: { count: number }) => (
  <div className="w-lines" aria-hidden="true">
    {Array.from({ length: count }, (_, i) => (
      <span key={i} />
    ))}
  </div>
);

/**
 * The demo article before and after Sift, drawn with the page's own elements and the packaged icon: the news page
 * with its clutter marked hidden, then Sift's view with the key figures first.
 */
export function WelcomeDemo() {
  const [first, ...rest] = DEMO.hidden;
  return (
    <figure className="w-demo">
      <div className="w-demo-panes">
        <div className="w-pane">
          <p className="w-pane-title">{t('welcome_demo_before')}</p>
          <div className="w-page">
            <p className="w-clutter">{t('clean_hidden_count', t(first!))}</p>
            <p className="w-headline" lang={DEMO.lang}>
              {DEMO.title}
            </p>
            <Lines count={2} />
            {rest.map((key) => (
              <p key={key} className="w-clutter">
                {t('clean_hidden_count', t(key))}
              </p>
            ))}
            <Lines count={2} />
          </div>
        </div>
        <div className="w-pane">
          <p className="w-pane-title">
            <img src="/icon/32.png" alt="" width={16} height={16} /> {t('welcome_demo_after')}
          </p>
          <div className="w-page">
            <p className="w-headline" lang={DEMO.lang}>
              {DEMO.title}
            </p>
            <p className="w-figures-title">{t('figures_title')}</p>
            <ul className="w-figures" lang={DEMO.lang}>
              {DEMO.figures.map((figure) => (
                <li key={figure.text}>
                  <strong>{figure.text}</strong> {figure.label}
                </li>
              ))}
            </ul>
            <Lines count={4} />
          </div>
        </div>
      </div>
      <figcaption>{t('welcome_demo_caption', DEMO.hiddenCount)}</figcaption>
    </figure>
  );
}
