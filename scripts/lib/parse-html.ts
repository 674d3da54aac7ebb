import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/**
 * A Document for Node from HTML text, with linkedom: about 16 ms a page, the same Readability output as jsdom
 * on the corpus (../shared/TOOLCHAIN.md), and it never executes or loads anything.
 */
export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Reads a .html or .html.gz file as UTF-8 text. */
export function readHtmlFile(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}
