// Shared by the release check and the bench's sizes section.
import { gzipSync } from 'node:zlib';

/** The scripts popup.html loads before anything is drawn: its module script and the modules it preloads. */
export function popupScripts(zip: Map<string, Buffer>): string[] {
  const html = zip.get('popup.html')?.toString('utf8') ?? '';
  return [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
}

export const gzSize = (data: Buffer) => gzipSync(data, { level: 9 }).length;
