// @vitest-environment happy-dom
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useReadingPosition } from '../../../hooks/useReadingPosition';
import { render } from '../components/library/render';

// happy-dom lays nothing out: the scroller gets a fixed height and room, and, like a real browser, measures 0 once
// it is detached (what closing an article used to write over the saved place).
function layOut(el: HTMLElement, height = 3000, view = 500) {
  Object.defineProperty(el, 'scrollHeight', { get: () => (el.isConnected ? height : 0) });
  Object.defineProperty(el, 'clientHeight', { get: () => (el.isConnected ? view : 0) });
}

function Reader({ id, saved, save }: { id: string; saved: number; save: (p: number) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  useReadingPosition(scroller, id, saved, save);
  return (
    <div
      className="scroller"
      ref={(el) => {
        if (el && !Object.hasOwn(el, 'scrollHeight')) layOut(el);
        scroller.current = el;
      }}
    >
      <p>text</p>
    </div>
  );
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function scrollTo(el: HTMLElement, top: number) {
  el.scrollTop = top;
  el.dispatchEvent(new Event('scroll'));
}

describe('useReadingPosition', () => {
  it('reopens at the saved place', async () => {
    const view = await render(<Reader id="a" saved={0.83} save={() => undefined} />);
    cleanup = view.unmount;
    await view.settle(0);
    await frame();
    expect(view.container.querySelector<HTMLElement>('.scroller')!.scrollTop).toBeCloseTo(0.83 * 2500);
  });

  it('closing right after opening keeps the saved place instead of writing 0 over it', async () => {
    const save = vi.fn();
    const view = await render(<Reader id="a" saved={0.83} save={save} />);
    await view.settle(0);
    await frame();
    // The restore's own scroll, then closing before a second passes: the old code measured the detached pane.
    view.container.querySelector('.scroller')!.dispatchEvent(new Event('scroll'));
    await view.unmount();
    expect(save.mock.calls.flat().filter((p: number) => p < 0.8)).toEqual([]);
  });

  it('saves a second after scrolling stops, and at once on close', async () => {
    const save = vi.fn();
    const view = await render(<Reader id="a" saved={0} save={save} />);
    const el = view.container.querySelector<HTMLElement>('.scroller')!;
    await scrollTo(el, 1250);
    expect(save).not.toHaveBeenCalled();
    await view.settle(1100);
    expect(save.mock.calls).toEqual([[0.5]]);
    await scrollTo(el, 2000);
    await view.unmount();
    expect(save.mock.calls).toEqual([[0.5], [0.8]]);
  });

  it('saves when the page is hidden (the tab closes or the reader leaves)', async () => {
    const save = vi.fn();
    const view = await render(<Reader id="a" saved={0.1} save={save} />);
    cleanup = view.unmount;
    const el = view.container.querySelector<HTMLElement>('.scroller')!;
    await scrollTo(el, 500);
    window.dispatchEvent(new Event('pagehide'));
    expect(save.mock.calls).toEqual([[0.2]]);
  });
});
