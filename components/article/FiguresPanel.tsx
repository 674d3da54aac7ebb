import { useEffect, useMemo, useState } from 'react';
import { changeWord, formatFigureValue, KIND_LABELS } from '../../utils/figures/format-figure';
import { loadFiguresFor, tablesMissing } from '../../utils/figures/languages';
import { panelRows, type PanelRow } from '../../utils/figures/panel-rows';
import type { Figure } from '../../utils/figures/types';
import { t } from '../../utils/i18n/t';

interface Props {
  figures: Figure[];
  /** The headline and standfirst: figures in them lead the panel. */
  title?: string;
  lead?: string | null;
  /** The article's language: its tables label the figures (loaded already in the popup, fetched for a saved one). */
  lang?: string | null;
  /** Index into `figures` of the one whose sentence is highlighted. */
  selected: number | null;
  onSelect: (index: number) => void;
}

/** A row's figures as read: "$2.75 → $3.10" for a change, "$185.25, up 0.35%" for a price with its move. */
function rowText(row: PanelRow): string {
  const fig = row.figure;
  const shown = (f: Figure) => (changeWord(f) ? `${changeWord(f)} ${f.text}` : f.text);
  const from = row.change ? row.members.filter((m) => m.kind === fig.kind && m.unit === fig.unit) : [];
  const rest = row.members.filter((m) => !from.includes(m)).map(shown);
  return [[...from.map((f) => f.text), fig.text].join(' → '), ...rest].join(', ');
}

/**
 * Key figures as `panelRows` orders them: the rows worth a glance first (at most five), the rest behind "Show all N".
 * Each row is a button that highlights its sentence in the text; a grouped row shows its members.
 */
export function FiguresPanel({ figures, title, lead, lang, selected, onSelect }: Props) {
  // A saved article opened in the library may need its language's tables for the labels; rows are read again then.
  const sentences = useMemo(() => figures.map((f) => f.sentence).join(' '), [figures]);
  const [loaded, setLoaded] = useState(() => !tablesMissing(lang, sentences));
  useEffect(() => {
    let live = true;
    if (tablesMissing(lang, sentences)) {
      void loadFiguresFor(lang, sentences)
        .catch(() => undefined)
        .then(() => live && setLoaded(true));
    }
    return () => {
      live = false;
    };
  }, [lang, sentences]);
  const rows = useMemo(
    () => panelRows(figures, { title, lead: lead ?? undefined, lang }),
    // `loaded` reads the rows again once the tables are in.
    [figures, title, lead, lang, loaded],
  );
  const [all, setAll] = useState(false);
  if (!rows.length) {
    return (
      <section className="sift-figures" aria-label={t('figures_title')}>
        <p className="sift-muted">{t('figures_none')}</p>
      </section>
    );
  }
  const visible = all ? rows : rows.filter((r) => r.shown);
  return (
    <section className="sift-figures" aria-labelledby="sift-figures-title">
      <h2 id="sift-figures-title">{t('figures_title')}</h2>
      {visible.length ? null : <p className="sift-muted">{t('figures_none_stand_out')}</p>}
      <ol>
        {visible.map((row) => {
          const fig = row.figure;
          const index = figures.indexOf(fig);
          const change = changeWord(fig);
          const text = rowText(row);
          const normal = formatFigureValue(fig);
          const single = !row.members.length;
          return (
            <li key={`${fig.start}-${index}`}>
              <button
                type="button"
                className="sift-figure"
                data-figure-index={index}
                data-members={row.members.length || undefined}
                aria-pressed={selected === index}
                onClick={() => onSelect(index)}
              >
                <span className="sift-figure-value">
                  {change && single ? <span className="sift-figure-change">{change} </span> : null}
                  {text}
                  {normal !== fig.text && single ? <span className="sift-figure-normal"> = {normal}</span> : null}
                </span>
                {/* A chip says what the figure is about; the bare kind only where nothing better is known. */}
                {row.label ? (
                  <span className="sift-figure-what">{row.label}</span>
                ) : (
                  <span className="sift-figure-kind">{KIND_LABELS[fig.kind]}</span>
                )}
                {/* The name is the visible text plus what a press does (axe: label-content-name-mismatch). */}
                <span className="sift-visually-hidden">{t('figures_show_in_text')}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {rows.length > visible.length || all ? (
        <button type="button" className="sift-figures-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('figures_show_fewer') : t('figures_show_all', rows.length)}
        </button>
      ) : null}
    </section>
  );
}
