import { createRoot } from 'react-dom/client';
import type { OpenedLibrary } from './LibraryApi';
import { LibraryApp } from './LibraryApp';
import { LibraryErrorBoundary } from './LibraryErrorBoundary';
import { LibraryUnavailable } from './LibraryUnavailable';

/** Draws the library page into `container`, or, when its database could not open, why not. */
export function renderLibrary(container: HTMLElement, opened: OpenedLibrary | { error: unknown }): void {
  const root = createRoot(container);
  if ('error' in opened) {
    root.render(<LibraryUnavailable error={opened.error} />);
    return;
  }
  root.render(
    <LibraryErrorBoundary>
      <LibraryApp api={opened.api} firstRows={opened.firstRows} />
    </LibraryErrorBoundary>,
  );
}
