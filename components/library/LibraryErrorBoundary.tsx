import { Component, type ReactNode } from 'react';
import { LibraryUnavailable } from './LibraryUnavailable';

interface State {
  error: unknown;
}

/**
 * The database opens lazily, on the first live query, and useLiveQuery throws its failure during render:
 * without this the page would go blank instead of saying why.
 */
export class LibraryErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    return this.state.error ? <LibraryUnavailable error={this.state.error} /> : this.props.children;
  }
}
