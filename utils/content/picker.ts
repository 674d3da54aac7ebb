// "Hide something else": the reader points at a block (highlighted as the pointer moves, ↑/↓ to widen or narrow),
// clicks, and the block becomes a rule of the site. Drawn in a closed shadow root, so the page's styles and scripts
// cannot reach it; page clicks are held while it runs. The article is refused, as the article guard refuses it.
import { holdsProse } from '../clean/filter-list';
import { locateArticle } from '../clean/locate-article';
import { t } from '../i18n/t';
import { HIDDEN_ATTR } from './page-marks';

export interface PickerOptions {
  /** Keeps the picked block hidden on the site; its selector is made by the caller. */
  onPick: (el: Element) => Promise<void>;
}

const BLOCKED = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'click', 'dblclick', 'contextmenu'];

// Blocks of the article's own text: its headline and paragraphs are the article, however short.
const TEXT_BLOCK = /^(p|h[1-6]|blockquote|li|figcaption|pre|table)$/;

/** True when hiding `el` would hide the article, its headline, or a paragraph or a fifth of its text. */
export function isArticle(doc: Document, el: Element): boolean {
  if (el === doc.documentElement || el === doc.body) return true;
  const article = locateArticle(doc);
  if (!article) return false;
  if (el.contains(article.root)) return true;
  if (!article.root.contains(el)) return false;
  const chars = (el.textContent ?? '').trim().length;
  const inText =
    TEXT_BLOCK.test(el.localName) || !!el.parentElement?.closest('p, h1, h2, h3, h4, h5, h6, blockquote, li');
  return holdsProse(el) || (inText && chars >= 20) || chars >= article.chars / 5;
}

/** Starts the picker; resolves when the reader picked a block or cancelled. */
export function startPicker(doc: Document, options: PickerOptions): Promise<void> {
  const view = doc.defaultView!;
  // Styled through the CSSOM, never a style element or attribute: a page's CSP (style-src) cannot refuse those.
  const styled = (el: HTMLElement, styles: Record<string, string>) => {
    for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
    return el;
  };
  const host = styled(doc.createElement('sift-picker'), {
    all: 'initial',
    position: 'fixed',
    inset: '0',
    'z-index': '2147483647',
    'pointer-events': 'none',
  });
  const shadow = host.attachShadow({ mode: 'closed' });
  const box = styled(doc.createElement('div'), {
    position: 'fixed',
    border: '2px solid #d93025',
    background: 'rgba(217, 48, 37, 0.15)',
    'pointer-events': 'none',
    display: 'none',
  });
  const bar = styled(doc.createElement('div'), {
    position: 'fixed',
    top: '0',
    left: '0',
    right: '0',
    font: '14px/1.4 system-ui, sans-serif',
    color: '#fff',
    background: '#202124',
    padding: '8px 12px',
    'pointer-events': 'none',
  });
  bar.setAttribute('role', 'status');
  shadow.append(box, bar);
  bar.textContent = t('picker_hint');
  doc.documentElement.appendChild(host);

  let target: Element | null = null;
  const trail: Element[] = [];
  const draw = () => {
    if (!target) return void (box.style.display = 'none');
    const r = target.getBoundingClientRect();
    Object.assign(box.style, {
      display: 'block',
      left: `${r.left}px`,
      top: `${r.top}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
    });
  };

  return new Promise((done) => {
    const stop = () => {
      view.removeEventListener('mousemove', move, true);
      view.removeEventListener('keydown', key, true);
      for (const type of BLOCKED) view.removeEventListener(type, block, true);
      host.remove();
      done();
    };
    const pick = async () => {
      if (!target) return;
      if (isArticle(doc, target)) {
        bar.textContent = t('picker_refused_article');
        return;
      }
      const picked = target;
      picked.setAttribute(HIDDEN_ATTR, 'picked');
      await options.onPick(picked);
      stop();
    };
    const move = (event: MouseEvent) => {
      const at = doc.elementFromPoint(event.clientX, event.clientY);
      if (at && at !== target) {
        target = at;
        trail.length = 0;
        draw();
      }
    };
    const block = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.type === 'click') {
        move(event as MouseEvent);
        void pick();
      }
    };
    const key = (event: KeyboardEvent) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.key === 'Escape') stop();
      else if (event.key === 'Enter') void pick();
      else if (event.key === 'ArrowUp' && target?.parentElement && target.parentElement !== doc.documentElement) {
        trail.push(target);
        target = target.parentElement;
        draw();
      } else if (event.key === 'ArrowDown' && trail.length) {
        target = trail.pop()!;
        draw();
      }
    };
    view.addEventListener('mousemove', move, true);
    view.addEventListener('keydown', key, true);
    for (const type of BLOCKED) view.addEventListener(type, block, true);
  });
}
