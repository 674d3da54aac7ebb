/** Shown instead of the library when its database cannot be opened at all. */
export function LibraryUnavailable({ error }: { error: unknown }) {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  const hint =
    name === 'QuotaExceededError'
      ? 'Your disk or the browser’s storage for Sift is full. Free some space and reopen this page.'
      : 'The browser refused Sift its database. This happens in some private-browsing modes, when site data is ' +
        'blocked for extensions, or when the profile’s storage is damaged. Your saved articles are not shown ' +
        'until it opens again; reopening the browser often helps.';
  return (
    <main className="lib-unavailable" role="alert">
      <h1>Sift cannot open your library</h1>
      <p>{hint}</p>
      <p><small>Details: {name ? `${name}: ` : ''}{detail}</small></p>
      <button type="button" onClick={() => location.reload()}>Try again</button>
    </main>
  );
}
