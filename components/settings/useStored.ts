import { useEffect, useState } from 'react';

/**
 * A value from extension storage, read again whenever `watch` says it changed (the popup or another tab changed it).
 * Undefined while loading, so the page says "loading" rather than "none".
 */
export function useStored<T>(load: () => Promise<T>, watch: (changed: () => void) => () => void): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    const read = () =>
      void load().then(
        (next) => live && setValue(next),
        () => undefined,
      );
    read();
    const stop = watch(read);
    return () => {
      live = false;
      stop();
    };
  }, [load, watch]);
  return value;
}
