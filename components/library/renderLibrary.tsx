import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { OpenedLibrary } from './LibraryApi';
import { LibraryApp } from './LibraryApp';
import { LibraryErrorBoundary } from './LibraryErrorBoundary';
import { LibraryUnavailable } from './LibraryUnavailable';

/**
 * One React root in `container`, drawn as the page learns more: the library (maybe first from its stored first
 * screen while the database opens, then from the database), or why its database could not open. The same root is
 * drawn again so what the reader did meanwhile (typed a search, moved in the list) is kept.
 */
export function libraryView(container: HTMLElement): (opened: OpenedLibrary | { error: unknown }) => void {
  const root = createRoot(container);
  let first = true;
  return (opened) => {
    const wasFirst = first;
    first = false;
    if ('error' in opened) {
      root.render(<LibraryUnavailable error={opened.error} />);
      return;
    }
    // Drawn now rather than at React's next scheduled task: the page's script and its database's answers queue
    // tasks too, and this is the first screen the reader waits for (about 20 ms sooner after a browser start).
    flushSync(() =>
      root.render(
        <LibraryErrorBoundary>
          <LibraryApp api={opened.api} firstRows={opened.firstRows} opening={opened.opening} />
        </LibraryErrorBoundary>,
      ),
    );
    // When the page first drew (the bench prints it beside the database's first rows).
    if (wasFirst) performance.mark('sift:library-react');
  };
}
