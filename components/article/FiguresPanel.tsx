import type { Figure } from '../../utils/figures/types';
import { changeWord, formatFigureValue, KIND_LABELS } from '../../utils/figures/format-figure';
import { t } from '../../utils/i18n/t';

interface Props {
  figures: Figure[];
  /** Index into `figures` of the one whose sentence is highlighted. */
  selected: number | null;
  onSelect: (index: number) => void;
}

/** Key figures, most salient first; each is a button that highlights its sentence in the text. */
export function FiguresPanel({ figures, selected, onSelect }: Props) {
  if (!figures.length) {
    return (
      <section className="sift-figures" aria-label={t('figures_title')}>
        <p className="sift-muted">{t('figures_none')}</p>
      </section>
    );
  }
  const order = figures.map((fig, index) => ({ fig, index })).sort((a, b) => b.fig.score - a.fig.score);
  return (
    <section className="sift-figures" aria-labelledby="sift-figures-title">
      <h2 id="sift-figures-title">{t('figures_title')} <span className="sift-muted">({figures.length})</span></h2>
      <ol>
        {order.map(({ fig, index }) => {
          const change = changeWord(fig);
          const what = fig.measures ?? fig.sentence;
          const normal = formatFigureValue(fig);
          return (
            <li key={`${fig.start}-${index}`}>
              <button
                type="button"
                className="sift-figure"
                data-figure-index={index}
                aria-pressed={selected === index}
                onClick={() => onSelect(index)}
              >
                <span className="sift-figure-value">
                  {change ? <span className="sift-figure-change">{change} </span> : null}
                  {fig.text}
                  {normal !== fig.text ? <span className="sift-figure-normal"> = {normal}</span> : null}
                </span>
                <span className="sift-figure-kind">{KIND_LABELS[fig.kind]}</span>
                <span className="sift-figure-what">{what}</span>
                {/* The name is the visible text plus what a press does (axe: label-content-name-mismatch). */}
                <span className="sift-visually-hidden">{t('figures_show_in_text')}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
