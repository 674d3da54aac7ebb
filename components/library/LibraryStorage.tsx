import type { StorageState } from './LibraryApi';

interface Props {
  state: StorageState | undefined;
  onPersist: () => void;
}

const size = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
const mb = (bytes: number) => size.format(bytes / 1e6);

/** How much room the library takes, and a button asking the browser to never evict it. */
export function LibraryStorage({ state, onPersist }: Props) {
  if (!state || state.usage === null || state.quota === null) {
    return <span className="lib-storage">Storage: unknown</span>;
  }
  const share = state.quota > 0 ? state.usage / state.quota : 0;
  return (
    <span className="lib-storage">
      <meter
        min={0}
        max={1}
        low={0.7}
        high={0.9}
        optimum={0}
        value={share}
        aria-label={`Storage used: ${mb(state.usage)} of ${mb(state.quota)}`}
      />{' '}
      {mb(state.usage)} of {mb(state.quota)}
      {state.persisted === false && (
        <button type="button" className="lib-linkish" onClick={onPersist}>Keep library safe from cleanup</button>
      )}
      {state.persisted === true && <span className="lib-persisted"> · kept safe</span>}
    </span>
  );
}
