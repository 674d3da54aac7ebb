/** A sentence a reader understands for a failed database write; full storage gets its own advice. */
export function storageProblem(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: unknown } | null)?.inner;
  const innerName = inner instanceof Error || inner instanceof DOMException ? inner.name : '';
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError') {
    return 'Your browser has no room left for the library, so nothing was changed. '
      + 'Export and delete old articles, or free disk space, then try again.';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Nothing in the library was changed: ${message}`;
}
