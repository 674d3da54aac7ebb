import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// React's act() needs this flag outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Mounts a tree into a fresh container; returns it with helpers to wait and to unmount. */
export async function render(tree: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root;
  await act(async () => {
    root = createRoot(container);
    root.render(tree);
  });
  return {
    container,
    /** Draws a new tree into the same root (state kept where the tree matches, as a page drawn again). */
    async rerender(next: ReactNode) {
      await act(async () => root.render(next));
    },
    /** Lets timers and promises run (debounce, live queries) inside act(). */
    async settle(ms = 0) {
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, ms));
      });
    },
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

/** The first element whose text contains `text`, of the given selector. */
export function byText(container: HTMLElement, selector: string, text: string): HTMLElement {
  const found = [...container.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent?.includes(text));
  if (!found) throw new Error(`no ${selector} with text “${text}”`);
  return found;
}
