// The background's StoreDraft over utils/library. Placeholder until the library branch lands.
import type { StoreDraft } from './saving';

export function libraryStore(): StoreDraft {
  return async () => {
    throw new Error('library not built yet');
  };
}
