import { t } from '../../utils/i18n/t';

/** A sentence a reader understands for a failed database write; full storage gets its own advice. */
export function storageProblem(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: unknown } | null)?.inner;
  const innerName = inner instanceof Error || inner instanceof DOMException ? inner.name : '';
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError') {
    return t('storage_full');
  }
  if (name === 'EmptyFileError') return t('list_import_empty');
  const message = error instanceof Error ? error.message : String(error);
  return t('storage_unchanged', message);
}
