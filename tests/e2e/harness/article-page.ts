import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A one-page English article written for a test, in a new temporary folder for the test server to mount: its title
 * as <title> and <h1>, marked as an article, `body` (the paragraphs) inside <article>. Returns the folder.
 */
export function writeArticle(prefix: string, file: string, title: string, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), `sift-${prefix}-`));
  writeFileSync(
    join(dir, file),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"></head><body><article><h1>${title}</h1>${body}</article></body></html>`,
  );
  return dir;
}
