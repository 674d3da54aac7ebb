import { type RefObject, useEffect, useRef } from 'react';

/** How far down the scroller is, 0-1; null when it cannot say (not laid out, detached, nothing to scroll). */
function measure(el: HTMLElement): number | null {
  const room = el.scrollHeight - el.clientHeight;
  if (!el.isConnected || room <= 0) return null;
  return Math.min(1, Math.max(0, el.scrollTop / room));
}

/**
 * Reopens a text where the reader left it and keeps that place: `saved` (0-1) is restored when `key` (the article)
 * changes, and the place is saved a second after scrolling stops, when the text closes and when the page is hidden.
 * Only measured places are saved: closing used to measure the detached scroller and wrote 0 over 0.83 (issue 14).
 */
export function useReadingPosition(
  scroller: RefObject<HTMLElement | null>,
  key: string,
  saved: number,
  save: (progress: number) => void,
): void {
  const saveRef = useRef(save);
  saveRef.current = save;
  const savedRef = useRef(saved);
  savedRef.current = saved;

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let stored = savedRef.current;
    let last = stored;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Where the restore put the text: until the reader scrolls elsewhere, images and fonts that arrive later (and
    // change the height) put it back there.
    let restoring: number | null = stored > 0 ? stored : null;
    const restore = () => {
      const room = el.scrollHeight - el.clientHeight;
      if (restoring === null || room <= 0) return;
      el.scrollTop = restoring * room;
    };
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (Math.abs(last - stored) < 0.001) return;
      stored = last;
      saveRef.current(last);
    };
    const onScroll = () => {
      const now = measure(el);
      if (now === null) return;
      // A scroll the restore did not make is the reader's: from then on their place counts.
      if (restoring !== null && Math.abs(el.scrollTop - restoring * (el.scrollHeight - el.clientHeight)) > 2)
        restoring = null;
      last = now;
      clearTimeout(timer);
      timer = setTimeout(flush, 1000);
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const frame = requestAnimationFrame(restore);
    const resized = new ResizeObserver(restore);
    for (const child of el.children) resized.observe(child);
    el.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      el.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [scroller, key]);
}
