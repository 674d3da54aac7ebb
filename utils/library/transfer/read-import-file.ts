import { ImportFileError } from './import-types';

/** Sift JSON with images can be large; a CSV or bookmarks file past this is not a reading list. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

/**
 * The text of an import file: UTF-8 (or UTF-16 with a byte-order mark, as spreadsheet programs write CSV),
 * refused with a clear ImportFileError when too large or not valid text.
 */
export async function readImportFile(file: Blob, maxBytes = MAX_IMPORT_BYTES): Promise<string> {
  if (file.size > maxBytes) {
    throw new ImportFileError(`The file is ${mb(file.size)}; Sift imports files up to ${mb(maxBytes)}.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError('The file is not UTF-8 text: save it again as UTF-8 and import it again.');
  }
}

function mb(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
