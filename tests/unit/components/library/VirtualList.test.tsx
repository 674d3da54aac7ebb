// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList } from '../../../../components/library/VirtualList';
import { render } from './render';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

const rowsShown = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-row]')].map((row) => Number(row.getAttribute('data-row')));

describe('VirtualList', () => {
  it('renders the rows around the scroll position, placed at their true offset', async () => {
    const view = await render(
      <VirtualList count={10_000} rowHeight={50} activeIndex={-1} renderRow={(i) => <span data-row={i}>{i}</span>} />,
    );
    cleanup = view.unmount;
    const scroller = view.container.firstElementChild as HTMLElement;
    expect((scroller.firstElementChild as HTMLElement).style.height).toBe('500000px');
    expect(rowsShown(view.container)[0]).toBe(0);

    await act(async () => {
      scroller.scrollTop = 250_000; // row 5000
      scroller.dispatchEvent(new Event('scroll'));
    });
    const shown = rowsShown(view.container);
    expect(shown).toContain(5000);
    expect(shown.length).toBeLessThan(60);
    expect(Math.min(...shown)).toBeGreaterThan(4900);
    const row = view.container.querySelector('[data-row="5000"]')!.parentElement!;
    expect(row.style.top).toBe('250000px');
  });

  it('scrolls the active row into view when the keyboard moves it', async () => {
    const view = await render(
      <VirtualList count={1000} rowHeight={40} activeIndex={700} renderRow={(i) => <span data-row={i}>{i}</span>} />,
    );
    cleanup = view.unmount;
    const scroller = view.container.firstElementChild as HTMLElement;
    // Moving down brings the row's bottom edge to the viewport's (happy-dom lays nothing out: clientHeight is 0).
    expect(scroller.scrollTop).toBe(700 * 40 + 40 - scroller.clientHeight);
    await act(async () => scroller.dispatchEvent(new Event('scroll')));
    expect(rowsShown(view.container)).toContain(700);
  });
});
