import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { anchorIn, describeRange } from '../../utils/highlights/anchor';
import { HL_CLASS, rangeOffsets, textIndex, unwrapHighlights, wrapRange } from '../../utils/highlights/dom';
import type { Highlight, HighlightColor, HighlightsController } from '../../utils/highlights/types';
import { t } from '../../utils/i18n/t';
import { HighlightToolbar, type ToolbarTarget } from './HighlightToolbar';
import './highlights.css';

interface Props {
  body: RefObject<HTMLElement | null>;
  controller: HighlightsController;
  /** What the body was drawn from: when it is drawn again, the marks are drawn again. */
  html: string;
  imageUrls?: Record<string, string>;
  /** Scroll to and focus this highlight once it is drawn (opened from the Highlights view). */
  focusId?: string | null;
  /** Bumped when a key figure's sentence was marked: offers to keep that sentence as a highlight. */
  offer?: number;
}

type Pending = { start: number; end: number; range: Range };

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * Draws the article's highlights as <mark> elements in the sanitised body, offers the toolbar over a selection
 * (or a highlight, to change it), and lists the highlights whose text is no longer in the article.
 * Keys with a selection: H highlights in the last colour, N opens a note; Enter on a highlight opens its bar.
 */
export function HighlightLayer({ body, controller, html, imageUrls, focusId, offer }: Props) {
  const { items } = controller;
  const [orphans, setOrphans] = useState<Highlight[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [noting, setNoting] = useState(false);
  const [, setTick] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const lastColor = useRef<HighlightColor>('yellow');
  const wrap = useRef<HTMLDivElement>(null);
  const focused = useRef<string | null>(null);

  useLayoutEffect(() => {
    const root = body.current;
    if (!root) return;
    unwrapHighlights(root);
    const { text } = textIndex(root);
    const lost: Highlight[] = [];
    for (const h of items) {
      const span = anchorIn(text, h);
      if (!span) {
        lost.push(h);
        continue;
      }
      wrapRange(root, span.start, span.end, (mark) => {
        mark.className = `${HL_CLASS} sift-hl-${h.color}`;
        mark.dataset.hlId = h.id;
        mark.tabIndex = 0;
        if (h.note) {
          mark.dataset.note = '';
          mark.title = h.note;
        }
      });
    }
    setOrphans((old) => (old.map((h) => h.id).join() === lost.map((h) => h.id).join() ? old : lost));
  }, [body, items, html, imageUrls]);

  // The library may restore the reading position after this draws: scroll on the next frame so this wins.
  useEffect(() => {
    if (!focusId || focused.current === focusId) return;
    const mark = body.current?.querySelector<HTMLElement>(`mark[data-hl-id="${CSS.escape(focusId)}"]`);
    if (!mark) return;
    focused.current = focusId;
    requestAnimationFrame(() => {
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
    });
  }, [body, focusId, items]);

  const close = useCallback(() => {
    setPending(null);
    setEditing(null);
    setNoting(false);
  }, []);

  // A selection inside the body becomes the pending highlight; one elsewhere (or none) closes the bar, unless the
  // reader is in the bar itself (Tab moved focus there, or they type a note).
  useEffect(() => {
    const doc = body.current?.ownerDocument;
    if (!doc) return;
    const inBar = () => wrap.current?.contains(doc.activeElement) ?? false;
    const onChange = () => {
      const root = body.current;
      const selection = doc.getSelection();
      if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
        if (!inBar()) setPending(null);
        return;
      }
      const range = selection.getRangeAt(0);
      const offsets = rangeOffsets(root, range);
      if (!offsets || !textIndex(root).text.slice(offsets.start, offsets.end).trim()) return setPending(null);
      setEditing(null);
      setNoting(false);
      setPending({ ...offsets, range: range.cloneRange() });
    };
    const onScroll = () => setTick((n) => n + 1);
    doc.addEventListener('selectionchange', onChange);
    doc.addEventListener('scroll', onScroll, true);
    return () => {
      doc.removeEventListener('selectionchange', onChange);
      doc.removeEventListener('scroll', onScroll, true);
    };
  }, [body]);

  // Clicking a highlight (or Enter on a focused one) opens its bar.
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const open = (event: Event) => {
      const mark = (event.target as Element).closest?.<HTMLElement>(`mark.${HL_CLASS}`);
      if (!mark || !root.ownerDocument.getSelection()?.isCollapsed) return;
      setPending(null);
      setNoting(false);
      setEditing(mark.dataset.hlId ?? null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter') open(event);
    };
    root.addEventListener('click', open);
    root.addEventListener('keydown', onKey);
    return () => {
      root.removeEventListener('click', open);
      root.removeEventListener('keydown', onKey);
    };
  }, [body]);

  // A key figure's sentence was just marked: the bar offers to keep it.
  useEffect(() => {
    const root = body.current;
    if (!offer || !root) return;
    const marks = root.querySelectorAll('mark.sift-highlight');
    if (!marks.length) return;
    const range = root.ownerDocument.createRange();
    range.setStartBefore(marks[0]!);
    range.setEndAfter(marks[marks.length - 1]!);
    const offsets = rangeOffsets(root, range);
    if (offsets) setPending({ ...offsets, range });
  }, [body, offer]);

  const create = async (color: HighlightColor, note = '') => {
    const root = body.current;
    if (!root || !pending) return;
    lastColor.current = color;
    const anchor = describeRange(textIndex(root).text, pending.start, pending.end);
    close();
    root.ownerDocument.getSelection()?.removeAllRanges();
    await run(() => controller.add({ ...anchor, color, note }));
  };

  /** A write that fails (not saved, disk full) is said where the reader is looking, not lost silently. */
  const run = async (write: () => Promise<void>) => {
    try {
      await write();
      setFailure(null);
    } catch (error) {
      setFailure(t('hl_not_saved', error instanceof Error ? error.message : String(error)));
    }
  };

  // Escape with a selection or an open bar clears just that; the next Escape reaches the page (the library's
  // reader closes the article on it). Seen first, in the capture phase, and marked handled with preventDefault, so
  // a page-level handler below can tell the key was spent.
  useEffect(() => {
    const doc = body.current?.ownerDocument;
    if (!doc) return;
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const root = body.current;
      const selection = doc.getSelection();
      const selected =
        !!root &&
        !!selection &&
        !selection.isCollapsed &&
        selection.rangeCount > 0 &&
        root.contains(selection.anchorNode);
      if (!selected && !pending && !editing && !noting) return;
      event.preventDefault();
      if (selected) selection.removeAllRanges();
      close();
    };
    doc.addEventListener('keydown', onEscape, true);
    return () => doc.removeEventListener('keydown', onEscape, true);
  }, [body, pending, editing, noting, close]);

  // H and N act on the selection without reaching for the mouse.
  useEffect(() => {
    if (!pending) return;
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'h') {
        event.preventDefault();
        void create(lastColor.current);
      } else if (key === 'n') {
        event.preventDefault();
        setNoting(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const current = editing ? items.find((h) => h.id === editing) : undefined;
  let target: ToolbarTarget | null = null;
  if (pending) target = { rect: pending.range.getBoundingClientRect(), noting };
  else if (current) {
    const mark = body.current?.querySelector(`mark[data-hl-id="${CSS.escape(current.id)}"]`);
    if (mark) target = { rect: mark.getBoundingClientRect(), existing: current, noting };
  }

  return (
    <>
      {failure ? (
        <p className="sift-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div ref={wrap}>
        {target ? (
          <HighlightToolbar
            key={pending ? `new-${pending.start}-${pending.end}-${noting}` : `edit-${editing}-${noting}`}
            target={target}
            hint={controller.hint}
            onClose={close}
            onColor={(color) => {
              if (!current) return void create(color);
              lastColor.current = color;
              void run(() => controller.update(current.id, { color }));
              close();
            }}
            onNote={(note, color) => {
              if (!current) return void create(color, note);
              void run(() => controller.update(current.id, { note }));
              close();
            }}
            onRemove={
              current
                ? () => {
                    void run(() => controller.remove(current.id));
                    close();
                  }
                : undefined
            }
          />
        ) : null}
      </div>
      {orphans.length ? (
        <section className="sift-hl-orphans" aria-labelledby="sift-hl-orphans-title">
          <h2 id="sift-hl-orphans-title">{t('hl_orphans_title')}</h2>
          <p className="sift-muted">{t('hl_orphans_help')}</p>
          <ul>
            {orphans.map((h) => (
              <li key={h.id} className="sift-hl-orphan">
                <blockquote>{h.quote.exact}</blockquote>
                {h.note ? <p>{h.note}</p> : null}
                <button type="button" onClick={() => void controller.remove(h.id)}>
                  {t('hl_remove')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
